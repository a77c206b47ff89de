import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../lambda/adapters/dynamodb/documents';
import { dynamoStores } from '../../lambda/adapters/dynamodb/dynamo-stores';
import { BookingOutcomeUnknownError, StoreUnavailableError } from '../../lambda/ports/contact-store';
import { SLOT_10, SLOT_11, callback, chat } from './contacts.fixtures';
import { dynamoContactStore } from '../../lambda/adapters/dynamodb/dynamo-contact-store';
import { dynamoProgressStore } from '../../lambda/adapters/dynamodb/dynamo-progress-store';
import { contactStoreContract, progressStoreContract } from './contact-store.contract';
import { dynaliteForTests, losingFirstWrite } from './dynamo.support';

const local = dynaliteForTests();
const NOW = '2026-11-23T18:05:00.000Z';
const options = async () => ({ documents: local.documents(), tableName: await local.freshTable(), timeoutMs: 5000 });

describe('the DynamoDB contact store (on dynalite)', () =>
  contactStoreContract(
    async () => dynamoContactStore(await options()),
    async (loss) => dynamoContactStore({ ...(await options()), documents: losingFirstWrite(local.documents(), loss) }),
  ));
describe('the DynamoDB progress store (on dynalite)', () => progressStoreContract(async () => dynamoProgressStore(await options())));

describe('the DynamoDB contact store, item by item (docs/storage.md)', () => {
  const POLICY = { maxAttempts: 3, retryAfterMinutes: 30 };
  const rawItem = async (tableName: string, pk: string, sk: string) =>
    ((await local.documents().send(new GetCommand({ TableName: tableName, Key: { pk, sk } }))) as { Item?: Record<string, unknown> }).Item;

  it('answers every request with gets, queries and transactions: nothing scans', async () => {
    const sent: string[] = [];
    const documents = { send: (command: object) => (sent.push(command.constructor.name), local.documents().send(command as never)) };
    const store = dynamoContactStore({ documents, tableName: await local.freshTable(), timeoutMs: 5000 });
    const booked = callback();
    await store.bookCallback(booked, { requestId: 'req-1', slotCapacity: 2 });
    await store.bookCallback(callback(), { requestId: 'req-2', slotCapacity: 2 });
    await store.openCallbacks(booked.userId);
    await store.moveCallback(booked.userId, booked.id, SLOT_11, { slotCapacity: 2 });
    await store.setReminder(booked.userId, booked.id, 'alert-1');
    await store.queue('ECHO');
    await store.claim('ECHO', booked.id, 'agent-1');
    await store.recordOutcome('ECHO', booked.id, { kind: 'NO_ANSWER' }, POLICY, NOW);
    await store.createChat(chat(), { requestId: 'req-3' });
    await store.bookedInSlot('ECHO', SLOT_11);
    await store.cancelCallback(booked.userId, booked.id);
    expect(new Set(sent)).toEqual(new Set(['GetCommand', 'QueryCommand', 'TransactWriteCommand', 'UpdateCommand', 'PutCommand']));
  });

  it('a finished callback leaves the indexes, frees its guard, keeps four digits and expires in 30 days', async () => {
    const tableName = await local.freshTable();
    const store = dynamoContactStore({ documents: local.documents(), tableName, timeoutMs: 5000 });
    const booked = callback();
    await store.bookCallback(booked, { requestId: 'req-1', slotCapacity: 2 });
    const open = await rawItem(tableName, `CONTACT#${booked.id}`, 'CONTACT');
    expect(open).toMatchObject({ gsi1pk: 'QUEUE#ECHO', gsi1sk: `${SLOT_10}#${booked.id}`, gsi2pk: `USER#${booked.userId}`, phone: { number: '2065550142' } });
    expect(open?.expiresAt).toBeUndefined();
    expect(await rawItem(tableName, `OPEN#${booked.userId}#ECHO`, 'GUARD')).toMatchObject({ callbackId: booked.id });
    const requestRecord = await rawItem(tableName, 'REQUEST#req-1', 'IDEMPOTENCY');
    expect(requestRecord?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 23 * 3600);

    await store.claim('ECHO', booked.id, 'agent-1');
    await store.recordOutcome('ECHO', booked.id, { kind: 'RESOLVED' }, POLICY, NOW);
    const finished = await rawItem(tableName, `CONTACT#${booked.id}`, 'CONTACT');
    expect(finished).toMatchObject({ status: 'RESOLVED', phone: { countryCode: '1', number: '0142' } });
    expect(Object.keys(finished ?? {}).filter((k) => k.startsWith('gsi'))).toEqual([]);
    expect(finished?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
    expect(await rawItem(tableName, `OPEN#${booked.userId}#ECHO`, 'GUARD')).toBeUndefined();
    expect(await rawItem(tableName, `SLOT#ECHO#${SLOT_10}`, 'COUNT')).toMatchObject({ booked: 0 });
  });
});

describe('items left without their callback (a local store written part-way by an older version)', () => {
  it('a guard whose callback is missing never stops the customer booking with that team', async () => {
    const tableName = await local.freshTable();
    const store = dynamoContactStore({ documents: local.documents(), tableName, timeoutMs: 5000 });
    const mine = callback();
    await local.documents().send(new PutCommand({ TableName: tableName, Item: { pk: `OPEN#${mine.userId}#ECHO`, sk: 'GUARD', callbackId: 'cb-never-written' } }));
    expect(await store.bookCallback(mine, { requestId: 'req-1', slotCapacity: 2 })).toEqual({ outcome: 'BOOKED', callback: mine });
    expect(await store.openCallbacks(mine.userId)).toEqual([mine]);
  });

  it('a request id whose callback is missing answers that request "not stored", and only that request', async () => {
    const tableName = await local.freshTable();
    const store = dynamoContactStore({ documents: local.documents(), tableName, timeoutMs: 5000 });
    await local.documents().send(new PutCommand({ TableName: tableName, Item: { pk: 'REQUEST#req-half', sk: 'IDEMPOTENCY', contactId: 'cb-never-written' } }));
    await expect(store.bookCallback(callback(), { requestId: 'req-half', slotCapacity: 2 })).rejects.toThrow(/booked nothing/);
    expect((await store.bookCallback(callback(), { requestId: 'req-next', slotCapacity: 2 })).outcome).toBe('BOOKED');
  });
});

describe('the DynamoDB stores when DynamoDB fails', () => {
  const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput'), { name: 'ThrottlingException' });
  const failing = (send: () => Promise<unknown>) => dynamoStores({ tableName: 'device-help-desk', timeoutMs: 100, documents: { send } });

  it('reports throttling as the store being unavailable, for every kind of request', async () => {
    const { contacts, progress } = failing(() => Promise.reject(throttled));
    await expect(contacts.bookCallback(callback(), { requestId: 'r', slotCapacity: 1 })).rejects.toThrow(StoreUnavailableError);
    await expect(contacts.openCallbacks('u')).rejects.toThrow(StoreUnavailableError);
    await expect(contacts.queue('ECHO')).rejects.toThrow(StoreUnavailableError);
    await expect(contacts.claim('ECHO', 'cb', 'agent')).rejects.toThrow(StoreUnavailableError);
    await expect(progress.save('u', { area: 'diagnosis', data: {}, savedAt: NOW })).rejects.toThrow(StoreUnavailableError);
    await expect(progress.load('u')).rejects.toThrow(/ThrottlingException/);
  });

  it('gives up on a booking that hangs within its budget, saying it cannot tell whether it was stored', async () => {
    const { contacts } = failing(() => new Promise(() => undefined));
    const started = Date.now();
    await expect(contacts.bookCallback(callback(), { requestId: 'r', slotCapacity: 1 })).rejects.toThrow(BookingOutcomeUnknownError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reports a DynamoDB endpoint nobody answers on as unavailable', async () => {
    const documents = documentClient(300, { endpoint: 'http://127.0.0.1:9', region: 'local', maxAttempts: 1, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const { contacts } = dynamoStores({ tableName: 'device-help-desk', timeoutMs: 1000, documents });
    await expect(contacts.queue('ECHO')).rejects.toThrow(StoreUnavailableError);
    documents.destroy();
  });
});
