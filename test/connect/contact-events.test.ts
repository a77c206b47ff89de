import { ConnectClient, GetContactAttributesCommand, StartTaskContactCommand, StopContactCommand } from '@aws-sdk/client-connect';
import { CreateScheduleCommand } from '@aws-sdk/client-scheduler';
import { TaskEndedEventSchema, finishEndedTask } from '../../lambda/adapters/connect/contact-events';
import { CREATED, SLOT_10, callback } from '../adapters/contacts.fixtures';
import { INSTANCE_ID, SETTINGS, connectedStore } from './connect.support';

const ALEX = 'amzn1.ask.account.ALEX';
const ended = (contactId: string) =>
  TaskEndedEventSchema.parse({ source: 'aws.connect', 'detail-type': 'Amazon Connect Contact Event', detail: { eventType: 'DISCONNECTED', channel: 'TASK', contactId, instanceArn: 'arn' } });

/** A callback booked as task-1, and the contact-event handler over the same store. */
async function bookedTask() {
  const connected = connectedStore(CREATED);
  connected.connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
  connected.schedulerMock.on(CreateScheduleCommand).resolves({});
  await connected.engine.bookCallback(callback({ id: 'cb-1' }), { requestId: 'req-1', slotCapacity: 3 });
  connected.connectMock.on(GetContactAttributesCommand).resolves({ Attributes: { deskContactId: 'cb-1', team: 'ECHO' } });
  const deps = { contacts: connected.store, records: connected.records, connect: new ConnectClient({ region: 'us-east-1' }), settings: SETTINGS, clock: connected.clock, log: connected.log };
  return { ...connected, finish: (contactId: string) => finishEndedTask(ended(contactId), deps) };
}

describe('a callback task ending in Connect', () => {
  it('closes the desk record, so the customer can book again and no longer hears of it', async () => {
    const { connectMock, finish, store } = await bookedTask();
    expect(await finish('task-1')).toBe('FINISHED');
    expect(connectMock.commandCalls(GetContactAttributesCommand).map((c) => c.args[0].input)).toEqual([{ InstanceId: INSTANCE_ID, InitialContactId: 'task-1' }]);
    expect(await store.openCallbacks(ALEX)).toEqual([]);
    expect(await store.get('ECHO', 'cb-1')).toMatchObject({ status: 'RESOLVED', note: 'closed in Amazon Connect' });
    expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(0);
  });

  it('changes nothing for the task a move or a cancellation stopped, or a task that is not the desk own', async () => {
    const { connectMock, engine, finish, store } = await bookedTask();
    connectMock.on(StopContactCommand).resolves({});
    expect(await finish('task-older')).toBe('NOT_OURS');
    expect(await store.openCallbacks(ALEX)).toHaveLength(1);
    await engine.cancelCallback(ALEX, 'cb-1');
    expect(await finish('task-1')).toBe('NOT_OURS');
    expect((await store.get('ECHO', 'cb-1'))?.status).toBe('CANCELLED');
    connectMock.on(GetContactAttributesCommand).resolves({ Attributes: { somethingElse: 'x' } });
    expect(await finish('task-from-elsewhere')).toBe('NOT_OURS');
  });

  it('is told apart from a schedule hand-over by its shape', () => {
    expect(TaskEndedEventSchema.safeParse({ callbackId: 'cb-1', team: 'ECHO', scheduledFor: SLOT_10 }).success).toBe(false);
    expect(() => ended('')).toThrow();
  });
});
