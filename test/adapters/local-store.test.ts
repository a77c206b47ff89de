import { PutCommand, TransactWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentClient } from '../../lambda/adapters/dynamodb/documents';
import { DEFAULT_TABLE_NAME } from '../../lambda/adapters/dynamodb/table';
import { openLocalStore } from '../../lambda/local/local-store';
import { startLocalDynamo } from '../../lambda/local/transactional-dynalite';
import { CRASHING_BOOKING, SLOT_10, callback } from './contacts.fixtures';
import { dynaliteForTests } from './dynamo.support';

describe('the local store of npm start and npm run serve', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'help-desk-store-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps callbacks and saved progress across a restart on the same folder', async () => {
    const booked = callback();
    const first = await openLocalStore(folder);
    await first.contacts.bookCallback(booked, { requestId: 'req-1', slotCapacity: 1 });
    await first.progress.save(booked.userId, { area: 'diagnosis', data: { step: 2 }, savedAt: booked.createdAt });
    await first.close();

    const again = await openLocalStore(folder);
    try {
      expect(await again.contacts.queue('ECHO')).toEqual([booked]);
      expect(await again.progress.load(booked.userId)).toMatchObject({ area: 'diagnosis', data: { step: 2 } });
      // The uniqueness records survived too: the retried request and the full slot are still known.
      expect((await again.contacts.bookCallback(booked, { requestId: 'req-1', slotCapacity: 1 })).outcome).toBe('ALREADY_BOOKED_BY_THIS_REQUEST');
      expect(await again.contacts.bookedInSlot('ECHO', SLOT_10)).toBe(1);
    } finally {
      await again.close();
    }
  });

  it('keeps nothing when asked for memory', async () => {
    const first = await openLocalStore('memory');
    await first.contacts.bookCallback(callback(), { requestId: 'req-1', slotCapacity: 1 });
    await first.close();
    const again = await openLocalStore('memory');
    expect(await again.contacts.queue('ECHO')).toEqual([]);
    await again.close();
  });
});

describe('a local booking killed part-way (SIGKILL between the actions of its transaction)', () => {
  const ROOT = join(__dirname, '..', '..');
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'help-desk-crash-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** The booking's items after a restart on the folder: the request id, the guard, the slot counter, the callback. */
  const itemsAfterRestart = async () => {
    const dynamo = await startLocalDynamo({ path: folder });
    const documents = documentClient(5000, { endpoint: dynamo.endpoint, region: 'local', credentials: dynamo.credentials });
    const item = async (pk: string, sk: string) =>
      ((await documents.send(new GetCommand({ TableName: DEFAULT_TABLE_NAME, Key: { pk, sk }, ConsistentRead: true }))) as { Item?: Record<string, unknown> }).Item;
    try {
      const booked = callback();
      return {
        request: await item(`REQUEST#${CRASHING_BOOKING.requestId}`, 'IDEMPOTENCY'),
        guard: await item(`OPEN#${booked.userId}#${booked.team}`, 'GUARD'),
        slot: (await item(`SLOT#${booked.team}#${SLOT_10}`, 'COUNT'))?.booked ?? 0,
        callback: await item(`CONTACT#${CRASHING_BOOKING.callbackId}`, 'CONTACT'),
      };
    } finally {
      documents.destroy();
      await dynamo.close();
    }
  };

  it.each([1, 2, 3, 4])('killed after action %i of 4: the restart shows none of it, and the customer books again', async (step) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'crashing-booking.fixture.ts'), folder, String(step)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ signal: child.signal, error: child.stderr.match(/^Error.*$/m)?.[0] }).toEqual({ signal: 'SIGKILL', error: undefined });

    // The reply never left, so the booking is undone whole: no marker, guard or count without its callback.
    expect(await itemsAfterRestart()).toEqual({ request: undefined, guard: undefined, slot: 0, callback: undefined });

    const store = await openLocalStore(folder);
    try {
      const again = await store.contacts.bookCallback(callback(), { requestId: 'req-after-restart', slotCapacity: 2 });
      expect(again.outcome).toBe('BOOKED');
      expect(await store.contacts.bookedInSlot('ECHO', SLOT_10)).toBe(1);
    } finally {
      await store.close();
    }
  }, 90_000);
});

describe('transactions on the local dynalite', () => {
  const local = dynaliteForTests();

  it('changes nothing when one condition fails, and gives one cancellation reason per action', async () => {
    const TableName = await local.freshTable();
    const send = (command: object) => local.documents().send(command as never);
    const item = async (pk: string) => ((await send(new GetCommand({ TableName, Key: { pk, sk: 'X' } }))) as { Item?: unknown }).Item;
    const transaction = (checkedKey: string) =>
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName, Item: { pk: 'B', sk: 'X' }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Update: { TableName, Key: { pk: 'A', sk: 'X' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } },
          { ConditionCheck: { TableName, Key: { pk: checkedKey, sk: 'X' }, ConditionExpression: 'attribute_exists(pk)' } },
        ],
      });
    await send(new PutCommand({ TableName, Item: { pk: 'A', sk: 'X', n: 1 } }));
    await send(new PutCommand({ TableName, Item: { pk: 'D', sk: 'X' } }));

    const failure = await send(transaction('C')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'TransactionCanceledException', CancellationReasons: [{ Code: 'None' }, { Code: 'None' }, { Code: 'ConditionalCheckFailed' }] });
    expect(await item('A')).toEqual({ pk: 'A', sk: 'X', n: 1 });
    expect(await item('B')).toBeUndefined();
    expect(await item('C')).toBeUndefined();

    await send(transaction('D'));
    expect(await item('A')).toEqual({ pk: 'A', sk: 'X', n: 2 });
    expect(await item('B')).toEqual({ pk: 'B', sk: 'X' });
    expect(await item('D')).toEqual({ pk: 'D', sk: 'X' });
  });
});
