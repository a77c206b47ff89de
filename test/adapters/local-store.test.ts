import { PutCommand, TransactWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore } from '../../lambda/local/local-store';
import { SLOT_10, callback } from './contacts.fixtures';
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
