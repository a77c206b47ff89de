import dynalite from 'dynalite';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
type Action = { kind: 'Put' | 'Update' | 'Delete' | 'ConditionCheck'; input: Json; TableName: string; Key: Json };
/** How to put an item back as it was before a transaction: put its old value, or delete it if it had none. */
type Restore = { op: 'PutItem'; input: { TableName: string; Item: Json } } | { op: 'DeleteItem'; input: { TableName: string; Key: Json } };
interface Reply {
  status: number;
  body: Json;
}

const TARGET_PREFIX = 'DynamoDB_20120810.';
/** In the data folder while a transaction is being applied: how to undo it, should the process die meanwhile. */
const JOURNAL = 'transaction-journal.json';
const CONDITION_FAILED = 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException';

/**
 * Starts dynalite (in memory, or on `path` so data survives a restart) on 127.0.0.1. Dynalite 4 has no
 * TransactWriteItems and no UpdateTimeToLive, so this adds them for local runs and tests: every request is
 * served one at a time; a transaction applies each action with its own condition through dynalite, then
 * restores the items it changed when any condition failed, and answers TransactionCanceledException with
 * one cancellation reason per action as DynamoDB does. TTL is accepted and never expires anything.
 *
 * On a folder, a transaction is all-or-nothing across a crash too: before its first write, the old value of
 * every item it touches goes to a journal file, removed once it is done; a start that finds the journal (the
 * process died part-way) puts those items back first. `afterTransactionStep` runs after each applied action
 * (tests kill the process there).
 *
 * Dynalite itself checks no credentials; here every request must name the random access key made at start.
 */
export async function startLocalDynamo(options: { path?: string; port?: number; afterTransactionStep?: (step: number) => void } = {}): Promise<LocalDynamo> {
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

  const journal = options.path ? join(options.path, JOURNAL) : undefined;
  const writeJournal = (restores: Restore[]) => {
    if (!journal) return;
    // Written aside, then renamed: a crash leaves either the whole journal or none.
    writeFileSync(`${journal}.next`, JSON.stringify(restores));
    renameSync(`${journal}.next`, journal);
  };
  const clearJournal = () => journal && rmSync(journal, { force: true });
  const recoverFromJournal = async () => {
    if (!journal || !existsSync(journal)) return;
    for (const step of JSON.parse(readFileSync(journal, 'utf8')) as Restore[]) await restore(step);
    clearJournal();
  };

  const transactWrite = async (request: Json): Promise<Reply> => {
    const actions: Action[] = [];
    for (const item of (request.TransactItems as Json[]) ?? []) {
      const [kind, input] = Object.entries(item)[0] as [Action['kind'], Json];
      const TableName = input.TableName as string;
      actions.push({ kind, input, TableName, Key: kind === 'Put' ? keyOf(input.Item as Json, await keyNames(TableName)) : (input.Key as Json) });
    }
    const undo: Restore[] = [];
    for (const { TableName, Key } of actions) {
      const before = await call('GetItem', { TableName, Key, ConsistentRead: true });
      undo.push(before.body.Item ? { op: 'PutItem', input: { TableName, Item: before.body.Item as Json } } : { op: 'DeleteItem', input: { TableName, Key } });
    }
    writeJournal(undo);
    let reply: Reply;
    try {
      reply = await applyAll(actions, undo);
    } catch (error) {
      // Half-applied: put it all back (if that fails too, the journal stays for the next start to finish).
      for (const step of undo) await restore(step);
      clearJournal();
      throw error;
    }
    clearJournal();
    return reply;
  };

  /** Applies each action with its own condition; all of them stay only when every condition held. */
  const applyAll = async (actions: Action[], undo: Restore[]): Promise<Reply> => {
    const reasons: Json[] = [];
    let failure: Reply | undefined;
    for (const [step, { kind, input, TableName, Key }] of actions.entries()) {
      const { ExpressionAttributeNames, ExpressionAttributeValues, ConditionExpression } = input;
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
      options.afterTransactionStep?.(step + 1);
      if (applied.status === 200) {
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
    // Every item goes back to its value before the transaction (those a failed condition left alone too).
    for (const step of undo) await restore(step);
    return cancelled;
  };
  const restore = async (step: Restore) => void (await call(step.op, step.input));
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
  await recoverFromJournal();
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
