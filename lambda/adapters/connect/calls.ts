import { createHash } from 'node:crypto';
import { TimeoutError, withTimeout } from '../../util/timeout';

/** What the companion needs of an AWS SDK v3 client (Connect, Scheduler): sending its commands. */
export interface CommandSender {
  send(command: object): Promise<unknown>;
}

/**
 * A Connect or Scheduler call that did not succeed. `ambiguous` when it may have taken effect anyway (timed
 * out, a server error, the connection dropped): only a retry with the same client token can tell.
 */
export class EngineCallFailed extends Error {
  constructor(readonly what: string, readonly cause: string, readonly ambiguous: boolean) {
    super(`${what} failed: ${cause}${ambiguous ? ' (may have taken effect)' : ''}`);
    this.name = 'EngineCallFailed';
  }
}

/** Refusals that are certain: nothing happened, and trying again changes nothing. */
const REFUSED = new Set([
  'ValidationException',
  'InvalidParameterException',
  'InvalidRequestException',
  'AccessDeniedException',
  'ResourceNotFoundException',
  'ContactNotFoundException',
  'LimitExceededException',
  'ServiceQuotaExceededException',
  'IdempotencyException',
  'ConflictException',
]);
/** Certainly not done, but worth another try. */
const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException']);

const ATTEMPTS = 3;

/** How long one attempt may take, and when the whole operation must have answered (epoch ms). */
export interface CallBudget {
  timeoutMs: number;
  deadline: number;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `command` (built fresh per attempt) within `timeoutMs` per attempt, up to three attempts for
 * throttling, timeouts and server errors while the deadline allows. Every attempt carries the same client token, so Connect and
 * Scheduler answer a repeat with what the first attempt did: retrying is how an ambiguous outcome is resolved.
 * Throws EngineCallFailed; the error names of `alreadyDone` count as success (a contact already stopped).
 */
export async function sendSurely<T>(client: CommandSender, command: () => object, what: string, options: CallBudget & { alreadyDone?: string[] }): Promise<T | undefined> {
  let failure: EngineCallFailed | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const left = options.deadline - Date.now();
    if (attempt > 1 && left < options.timeoutMs / 4) break;
    try {
      return (await withTimeout(client.send(command()), Math.min(options.timeoutMs, Math.max(left, 1)), what)) as T;
    } catch (error) {
      const name = (error as Error)?.name ?? 'Error';
      if (options.alreadyDone?.includes(name)) return undefined;
      if (REFUSED.has(name)) throw new EngineCallFailed(what, name, false);
      failure = new EngineCallFailed(what, error instanceof TimeoutError ? 'timed out' : name, !THROTTLED.has(name));
      if (attempt < ATTEMPTS) await pause(20 * attempt + Math.random() * 30);
    }
  }
  throw failure as EngineCallFailed;
}

/** A client token from the request that caused the call: the same request, however often retried, gives the same token. */
export const clientToken = (...parts: string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex');
