import dynalite from 'dynalite';
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A DynamoDB endpoint on this machine: dynalite, with the transactions it lacks added. */
export interface LocalDynamo {
  endpoint: string;
  /** The only credentials it answers: made up at start, so no other process on the machine can use the port. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
type Action = { kind: 'Put' | 'Update' | 'Delete' | 'ConditionCheck'; input: Json };
interface Reply {
  status: number;
  body: Json;
}

const TARGET_PREFIX = 'DynamoDB_20120810.';
const CONDITION_FAILED = 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException';

/**
 * Starts dynalite (in memory, or on `path` so data survives a restart) on 127.0.0.1. Dynalite 4 has no
 * TransactWriteItems and no UpdateTimeToLive, so this adds them for local runs and tests: every request is
 * served one at a time; a transaction applies each action with its own condition through dynalite, then
 * restores the items it changed when any condition failed, and answers TransactionCanceledException with
 * one cancellation reason per action as DynamoDB does. TTL is accepted and never expires anything.
 * Dynalite itself checks no credentials; here every request must name the random access key made at start.
 */
export async function startLocalDynamo(options: { path?: string; port?: number } = {}): Promise<LocalDynamo> {
  const server: Server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const [dynaliteListener] = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const internalKey = randomUUID();
  const credentials = { accessKeyId: `local${randomBytes(16).toString('hex')}`, secretAccessKey: randomBytes(24).toString('hex') };
  const signedByOwner = (req: IncomingMessage) => String(req.headers.authorization ?? '').includes(` Credential=${credentials.accessKeyId}/`);
  let endpoint = '';
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const call = async (operation: string, input: Json): Promise<Reply> => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': TARGET_PREFIX + operation,
        'x-amz-date': '20260101T000000Z',
        authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
        'x-local-transaction': internalKey,
      },
      body: JSON.stringify(input),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };

  const transactWrite = async (request: Json): Promise<Reply> => {
    const actions = ((request.TransactItems as Json[]) ?? []).map((item): Action => {
      const [kind, input] = Object.entries(item)[0] as [Action['kind'], Json];
      return { kind, input };
    });
    const undo: Json[] = [];
    const reasons: Json[] = [];
    let failure: Reply | undefined;
    for (const { kind, input } of actions) {
      const { TableName, ExpressionAttributeNames, ExpressionAttributeValues, ConditionExpression } = input;
      const Key = kind === 'Put' ? keyOf(input.Item as Json, await keyNames(TableName as string)) : (input.Key as Json);
      const before = await call('GetItem', { TableName, Key, ConsistentRead: true });
      const common = { TableName, ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues };
      const applied =
        kind === 'Put'
          ? await call('PutItem', { ...common, Item: input.Item })
          : kind === 'Delete'
            ? await call('DeleteItem', { ...common, Key })
            : kind === 'Update'
              ? await call('UpdateItem', { ...common, Key, UpdateExpression: input.UpdateExpression })
              : await call('UpdateItem', {
                  ...common,
                  Key,
                  UpdateExpression: 'REMOVE #localTransactionCheck',
                  ExpressionAttributeNames: { ...(ExpressionAttributeNames as Json | undefined), '#localTransactionCheck': 'localTransactionCheck' },
                });
      if (applied.status === 200) {
        undo.push(before.body.Item ? { op: 'PutItem', input: { TableName, Item: before.body.Item } } : { op: 'DeleteItem', input: { TableName, Key } });
        reasons.push({ Code: 'None' });
      } else if (applied.body.__type === CONDITION_FAILED) {
        reasons.push({ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' });
      } else {
        failure = applied;
        break;
      }
    }
    const cancelled = failure ?? (reasons.some((r) => r.Code !== 'None') ? cancellation(reasons) : undefined);
    if (!cancelled) {
      // A condition check changes nothing: put back what its no-op update created.
      for (const [i, action] of actions.entries()) if (action.kind === 'ConditionCheck') await restore(undo[i]);
      return { status: 200, body: {} };
    }
    for (const step of undo.reverse()) await restore(step);
    return cancelled;
  };
  const restore = async (step: Json) => void (await call(step.op as string, step.input as Json));
  const keyCache = new Map<string, string[]>();
  const keyNames = async (table: string) => {
    if (!keyCache.has(table)) {
      const described = await call('DescribeTable', { TableName: table });
      const schema = ((described.body.Table as Json)?.KeySchema as { AttributeName: string }[]) ?? [];
      keyCache.set(table, schema.map((k) => k.AttributeName));
    }
    return keyCache.get(table) as string[];
  };

  const serve = async (req: IncomingMessage, res: ServerResponse, operation: string): Promise<void> => {
    const body = JSON.parse(await readBody(req)) as Json;
    const reply = operation === 'TransactWriteItems' ? await transactWrite(body) : { status: 200, body: { TimeToLiveSpecification: body.TimeToLiveSpecification } };
    res.writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(reply.body));
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers['x-local-transaction'] === internalKey) return dynaliteListener(req, res);
    if (!signedByOwner(req)) {
      req.resume();
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#UnrecognizedClientException', message: 'The security token included in the request is invalid.' }));
      return;
    }
    const operation = String(req.headers['x-amz-target'] ?? '').replace(TARGET_PREFIX, '');
    void oneAtATime(async () => {
      if (operation === 'TransactWriteItems' || operation === 'UpdateTimeToLive') return serve(req, res, operation);
      await new Promise<void>((done) => {
        res.on('close', done);
        dynaliteListener(req, res);
      });
    }).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: (error as Error).message }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    credentials,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function cancellation(reasons: Json[]): Reply {
  return {
    status: 400,
    body: {
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
      CancellationReasons: reasons,
    },
  };
}

function keyOf(item: Json, names: string[]): Json {
  return Object.fromEntries(names.map((name) => [name, item[name]]));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
