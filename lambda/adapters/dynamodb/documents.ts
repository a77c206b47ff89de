import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../ports/contact-store';
import { TimeoutError, withTimeout } from '../../util/timeout';

/** What the adapters need of the document client: sending its commands (a fake in the fault tests). */
export interface Documents {
  send(command: object): Promise<unknown>;
}

/**
 * A document client whose single attempt and connection are bounded by `timeoutMs` (the default AWS SDK
 * credentials and region otherwise: in Lambda, the function's role and region).
 */
export function documentClient(timeoutMs: number, config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient({ maxAttempts: 2, requestHandler: { requestTimeout: timeoutMs, connectionTimeout: timeoutMs }, ...config });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** Errors the adapters answer themselves; every other failure means the store is unavailable. */
const EXPECTED = new Set(['ConditionalCheckFailedException', 'TransactionCanceledException']);

/** Refusals DynamoDB answers before applying anything, when an error carries no HTTP status to tell. */
const REFUSALS = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ValidationException',
  'ResourceNotFoundException',
  'AccessDeniedException',
  'UnrecognizedClientException',
]);

/**
 * A request went out and no answer came back (a timeout, a lost connection, a server error): unlike a
 * refusal, it may have been applied. Callers that must know (a booking) find out; the others treat it as
 * the store being unavailable.
 */
export class NoAnswerError extends StoreUnavailableError {
  constructor(reason: string) {
    super(reason);
    this.name = 'NoAnswerError';
  }
}

/** True when DynamoDB itself answered that it refused the request (a 4xx, throttling): nothing was applied. */
function refused(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return (status !== undefined && status >= 400 && status < 500) || REFUSALS.has((error as Error)?.name);
}

/**
 * Sends one command within `timeoutMs` (or the shorter `withinMs` given with it), turning throttling,
 * timeouts and network errors into StoreUnavailableError, NoAnswerError when the request may have applied.
 */
export function sender(documents: Documents, timeoutMs: number) {
  return async <T>(command: object, what: string, withinMs = timeoutMs): Promise<T> => {
    try {
      return (await withTimeout(documents.send(command), Math.min(timeoutMs, withinMs), what)) as T;
    } catch (error) {
      const name = (error as Error)?.name ?? 'Error';
      if (EXPECTED.has(name)) throw error;
      if (error instanceof StoreUnavailableError) throw error;
      if (error instanceof TimeoutError) throw new NoAnswerError(`${what} timed out`);
      throw refused(error) ? new StoreUnavailableError(`${what}: ${name}`) : new NoAnswerError(`${what}: ${name}`);
    }
  };
}
export type Send = ReturnType<typeof sender>;

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The items of one transaction under names; an item left undefined is not sent. */
export type NamedItems<K extends string> = { [name in K]?: TransactItem };

/** DynamoDB cancelled a transaction: each sent item's reason code by its name ('None' for those that passed). */
export class TransactionCancelledError<K extends string = string> extends Error {
  constructor(readonly reasons: { [name in K]?: string }) {
    super(Object.entries(reasons).map(([name, code]) => `${name} ${code}`).join(', '));
    this.name = 'TransactionCancelledError';
  }

  /** The named item's condition did not hold. */
  failed(name: K): boolean {
    return this.reasons[name] === 'ConditionalCheckFailed';
  }
}

/**
 * Sends the named items as one TransactWriteItems, in the order they are named: the one place that turns names
 * into positions and back, so a cancellation is thrown as TransactionCancelledError with its reasons by name.
 */
export async function transactNamed<K extends string>(send: Send, items: NamedItems<K>, what: string, withinMs?: number): Promise<void> {
  const names = (Object.keys(items) as K[]).filter((name) => items[name] !== undefined);
  try {
    await send(new TransactWriteCommand({ TransactItems: names.map((name) => items[name] as TransactItem) }), what, withinMs);
  } catch (error) {
    if ((error as Error)?.name !== 'TransactionCanceledException') throw error;
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    throw new TransactionCancelledError<K>(Object.fromEntries(names.map((name, at) => [name, reasons[at]?.Code ?? 'None'])) as { [name in K]?: string });
  }
}

/** Epoch seconds for the TTL attribute. */
export const epochSeconds = (at: Date | string | number): number => Math.floor(new Date(at).getTime() / 1000);
export const DAY_MS = 24 * 60 * 60 * 1000;
