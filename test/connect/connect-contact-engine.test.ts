import { StartTaskContactCommand, StopContactCommand, UpdateContactScheduleCommand } from '@aws-sdk/client-connect';
import { CreateScheduleCommand, DeleteScheduleCommand } from '@aws-sdk/client-scheduler';
import { clientToken } from '../../lambda/adapters/connect/calls';
import { StoreUnavailableError } from '../../lambda/ports/contact-store';
import { contactStoreContract } from '../adapters/contact-store.contract';
import { CREATED, SLOT_10, SLOT_11, callback, chat } from '../adapters/contacts.fixtures';
import { INSTANCE_ID, SETTINGS, awsError, connectedStore, hangs } from './connect.support';

const ALEX = 'amzn1.ask.account.ALEX';
/** Ten days after the fixtures' booking moment: beyond what Connect schedules. */
const IN_TEN_DAYS = '2026-12-03T18:00:00.000Z';
const options = (requestId = 'amzn1.echo-api.request.1') => ({ requestId, slotCapacity: 3 });

describe('the contact store with Amazon Connect behind it (the contract)', () =>
  contactStoreContract(async () => {
    const { connectMock, schedulerMock, engine } = connectedStore(CREATED);
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    connectMock.on(UpdateContactScheduleCommand).resolves({});
    connectMock.on(StopContactCommand).resolves({});
    schedulerMock.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    return engine;
  }));

describe('a callback booked with Amazon Connect', () => {
  it('becomes one task in the team flow, scheduled for the booked time, with the handoff and a link to the desk contact', async () => {
    const { connectMock, schedulerMock, engine, records } = connectedStore(CREATED);
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    const booked = callback({ id: 'cb-connect' });

    expect(await engine.bookCallback(booked, options())).toEqual({ outcome: 'BOOKED', callback: booked });

    const calls = connectMock.commandCalls(StartTaskContactCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0].args[0].input).toEqual({
      InstanceId: INSTANCE_ID,
      ContactFlowId: SETTINGS.teams.ECHO.taskFlowId,
      Name: 'Callback: Kitchen Echo Dot: keeps dropping off Wi-Fi',
      Description: 'Kitchen Echo Dot, an Echo Dot (5th Gen): keeps dropping off Wi-Fi. None of the steps fixed it. Device status: online; weak Wi-Fi signal. Tried: 1. Restart your router. Answer: did not help.',
      Attributes: {
        deskContactId: 'cb-connect',
        team: 'ECHO',
        reason: 'DIAGNOSIS_UNRESOLVED',
        priority: 'HIGH',
        customerPhone: '+12065550142',
        callbackAt: SLOT_10,
        customerTimeZone: 'America/Los_Angeles',
        deviceFamily: 'ECHO',
        deviceModel: 'Echo Dot (5th Gen)',
        deviceName: 'Kitchen Echo Dot',
        deviceStatus: 'online; weak Wi-Fi signal',
        problem: 'keeps dropping off Wi-Fi',
        summary: 'Kitchen Echo Dot, an Echo Dot (5th Gen): keeps dropping off Wi-Fi. None of the steps fixed it. Device status: online; weak Wi-Fi signal. Tried: 1. Restart your router. Answer: did not help.',
        step1: 'Restart your router → did not help',
      },
      References: { 'Desk contact': { Type: 'URL', Value: 'https://queue.devicehelpdesk.example.com/console/#/teams/ECHO/contacts/cb-connect' } },
      ScheduledTime: new Date(SLOT_10),
      ClientToken: clientToken('book', 'amzn1.echo-api.request.1'),
    });
    expect(schedulerMock.calls()).toHaveLength(0);
    expect(await records.callbackLink('cb-connect')).toEqual({ callbackId: 'cb-connect', scheduledFor: SLOT_10, taskContactId: 'task-1' });
  });

  it('answers a retried Alexa request with the callback Connect already has, without calling Connect again', async () => {
    const { connectMock, engine, store } = connectedStore(CREATED);
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    await engine.bookCallback(callback({ id: 'cb-first' }), options('req-retried'));
    const retry = await engine.bookCallback(callback({ id: 'cb-second' }), options('req-retried'));

    expect(retry).toMatchObject({ outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: { id: 'cb-first' } });
    expect(connectMock.commandCalls(StartTaskContactCommand)).toHaveLength(1);
    expect(await store.queue('ECHO')).toHaveLength(1);
  });

  it('sends a retried request whose first attempt Connect never confirmed with the same client token', async () => {
    const { connectMock, engine, store } = connectedStore(CREATED);
    // The first attempt's answer is lost (the skill gave up waiting): the record exists, the link does not.
    await store.bookCallback(callback({ id: 'cb-first' }), options('req-lost'));
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    const retry = await engine.bookCallback(callback({ id: 'cb-second' }), options('req-lost'));

    expect(retry).toMatchObject({ outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: { id: 'cb-first' } });
    expect(connectMock.commandCalls(StartTaskContactCommand).map((c) => c.args[0].input.ClientToken)).toEqual([clientToken('book', 'req-lost')]);
  });

  it('does not call Connect when the skill own rules refuse the booking', async () => {
    const { connectMock, engine } = connectedStore(CREATED);
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    await engine.bookCallback(callback(), options('req-1'));
    expect((await engine.bookCallback(callback({ scheduledFor: SLOT_11 }), options('req-2'))).outcome).toBe('ALREADY_OPEN');
    expect(await engine.bookCallback(callback({ userId: 'amzn1.ask.account.BOB' }), { requestId: 'req-3', slotCapacity: 1 })).toEqual({ outcome: 'SLOT_FULL' });
    expect(connectMock.commandCalls(StartTaskContactCommand)).toHaveLength(1);
  });

  it('hands a callback further out than six days to a one-time schedule, five days before its time', async () => {
    const { connectMock, schedulerMock, engine, records } = connectedStore(CREATED);
    schedulerMock.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    const later = callback({ id: 'cb-later', scheduledFor: IN_TEN_DAYS });

    expect((await engine.bookCallback(later, options('req-later'))).outcome).toBe('BOOKED');

    expect(connectMock.calls()).toHaveLength(0);
    const name = `callback-cb-later-${clientToken(IN_TEN_DAYS).slice(0, 8)}`;
    expect(schedulerMock.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input)).toEqual([
      {
        Name: name,
        GroupName: 'device-help-desk',
        ScheduleExpression: 'at(2026-11-28T18:00:00)',
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: {
          Arn: SETTINGS.handOver.functionArn,
          RoleArn: SETTINGS.handOver.roleArn,
          Input: JSON.stringify({ callbackId: 'cb-later', team: 'ECHO', scheduledFor: IN_TEN_DAYS }),
          RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
        },
        ActionAfterCompletion: 'DELETE',
        ClientToken: clientToken('book', 'req-later'),
      },
    ]);
    expect(await records.callbackLink('cb-later')).toEqual({ callbackId: 'cb-later', scheduledFor: IN_TEN_DAYS, scheduleName: name });
  });
});

describe('Connect failing while a callback is booked', () => {
  it('retries throttling with the same client token and books once Connect confirms', async () => {
    const { connectMock, engine } = connectedStore(CREATED);
    connectMock.on(StartTaskContactCommand).rejectsOnce(awsError('ThrottlingException', 429)).resolves({ ContactId: 'task-1' });
    expect((await engine.bookCallback(callback(), options('req-throttled'))).outcome).toBe('BOOKED');
    const tokens = connectMock.commandCalls(StartTaskContactCommand).map((c) => c.args[0].input.ClientToken);
    expect(tokens).toEqual([clientToken('book', 'req-throttled'), clientToken('book', 'req-throttled')]);
  });

  it('resolves a timed-out call by asking again with the same client token before answering', async () => {
    const { connectMock, engine } = connectedStore(CREATED);
    connectMock.on(StartTaskContactCommand).callsFakeOnce(hangs).resolves({ ContactId: 'task-1' });
    expect((await engine.bookCallback(callback(), options('req-slow'))).outcome).toBe('BOOKED');
    const tokens = connectMock.commandCalls(StartTaskContactCommand).map((c) => c.args[0].input.ClientToken);
    expect(new Set(tokens)).toEqual(new Set([clientToken('book', 'req-slow')]));
    expect(tokens).toHaveLength(2);
  });

  it.each([
    ['refused', () => awsError('AccessDeniedException', 403), 1],
    ['failing every time', () => awsError('InternalServiceException', 500), 3],
  ])('never reports booked when Connect is %s: the record is undone and the customer may book again', async (_, error, attempts) => {
    const { connectMock, engine, store } = connectedStore(CREATED);
    connectMock.on(StartTaskContactCommand).rejects(error());
    await expect(engine.bookCallback(callback(), options('req-failing'))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(connectMock.commandCalls(StartTaskContactCommand)).toHaveLength(attempts);
    expect(await store.openCallbacks(ALEX)).toEqual([]);
    expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(0);
    // The same Alexa request retried is still not booked; a new request books.
    await expect(engine.bookCallback(callback(), options('req-failing'))).rejects.toBeInstanceOf(StoreUnavailableError);
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-2' });
    expect((await engine.bookCallback(callback(), options('req-again'))).outcome).toBe('BOOKED');
  });

  it('never reports booked when the schedule for a later callback cannot be made', async () => {
    const { schedulerMock, engine, store } = connectedStore(CREATED);
    schedulerMock.on(CreateScheduleCommand).callsFake(hangs);
    await expect(engine.bookCallback(callback({ scheduledFor: IN_TEN_DAYS }), options())).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.openCallbacks(ALEX)).toEqual([]);
  });
});

describe('moving and cancelling a callback in Connect', () => {
  const bookedTask = async () => {
    const connected = connectedStore(CREATED);
    connected.connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    connected.schedulerMock.on(CreateScheduleCommand).resolves({});
    const booked = callback({ id: 'cb-move' });
    await connected.engine.bookCallback(booked, options());
    connected.connectMock.resetHistory();
    return { ...connected, booked };
  };

  it('moves the task schedule with the record', async () => {
    const { connectMock, engine, store, records, booked } = await bookedTask();
    connectMock.on(UpdateContactScheduleCommand).resolves({});
    expect((await engine.moveCallback(ALEX, booked.id, SLOT_11, { slotCapacity: 3 })).outcome).toBe('MOVED');
    expect(connectMock.commandCalls(UpdateContactScheduleCommand).map((c) => c.args[0].input)).toEqual([
      { InstanceId: INSTANCE_ID, ContactId: 'task-1', ScheduledTime: new Date(SLOT_11) },
    ]);
    expect((await store.openCallbacks(ALEX))[0].scheduledFor).toBe(SLOT_11);
    expect((await records.callbackLink(booked.id))?.scheduledFor).toBe(SLOT_11);
  });

  it('keeps the callback where it was when Connect does not confirm the move', async () => {
    const { connectMock, engine, store, booked } = await bookedTask();
    connectMock.on(UpdateContactScheduleCommand).rejects(awsError('InvalidRequestException'));
    await expect(engine.moveCallback(ALEX, booked.id, SLOT_11, { slotCapacity: 3 })).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await store.openCallbacks(ALEX))[0].scheduledFor).toBe(SLOT_10);
    expect(await store.bookedInSlot('ECHO', SLOT_11)).toBe(0);
  });

  it('moving a callback beyond six days hands it to a schedule and stops the task', async () => {
    const { connectMock, schedulerMock, engine, records, booked } = await bookedTask();
    connectMock.on(StopContactCommand).resolves({});
    expect((await engine.moveCallback(ALEX, booked.id, IN_TEN_DAYS, { slotCapacity: 3 })).outcome).toBe('MOVED');
    expect(schedulerMock.commandCalls(CreateScheduleCommand)[0].args[0].input.ClientToken).toBe(clientToken('move', booked.id, IN_TEN_DAYS));
    expect(connectMock.commandCalls(StopContactCommand).map((c) => c.args[0].input)).toEqual([{ InstanceId: INSTANCE_ID, ContactId: 'task-1' }]);
    expect(await records.callbackLink(booked.id)).toMatchObject({ scheduledFor: IN_TEN_DAYS, scheduleName: expect.stringMatching(/^callback-cb-move-/) });
  });

  it('moving a scheduled callback within six days starts its task and deletes the old schedule', async () => {
    const { connectMock, schedulerMock, engine, records } = connectedStore(CREATED);
    schedulerMock.on(CreateScheduleCommand).resolves({});
    schedulerMock.on(DeleteScheduleCommand).resolves({});
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-9' });
    await engine.bookCallback(callback({ id: 'cb-far', scheduledFor: IN_TEN_DAYS }), options());
    const oldSchedule = (await records.callbackLink('cb-far'))?.scheduleName;

    expect((await engine.moveCallback(ALEX, 'cb-far', SLOT_11, { slotCapacity: 3 })).outcome).toBe('MOVED');

    expect(connectMock.commandCalls(StartTaskContactCommand)[0].args[0].input).toMatchObject({ ScheduledTime: new Date(SLOT_11), ClientToken: clientToken('move', 'cb-far', SLOT_11) });
    expect(schedulerMock.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input)).toEqual([
      { Name: oldSchedule, GroupName: 'device-help-desk', ClientToken: clientToken('delete', oldSchedule as string) },
    ]);
    expect(await records.callbackLink('cb-far')).toEqual({ callbackId: 'cb-far', scheduledFor: SLOT_11, taskContactId: 'task-9' });
  });

  it('cancelling stops the task first; when Connect cannot stop it, the callback stays booked', async () => {
    const { connectMock, engine, store, booked } = await bookedTask();
    connectMock.on(StopContactCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(engine.cancelCallback(ALEX, booked.id)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.openCallbacks(ALEX)).toHaveLength(1);

    connectMock.on(StopContactCommand).resolves({});
    expect(await engine.cancelCallback(ALEX, booked.id)).toBe(true);
    expect(connectMock.commandCalls(StopContactCommand).at(-1)?.args[0].input).toEqual({ InstanceId: INSTANCE_ID, ContactId: 'task-1' });
    expect(await store.openCallbacks(ALEX)).toEqual([]);
  });

  it('cancelling a task Connect already ended only cancels the record; someone else callback is left alone', async () => {
    const { connectMock, engine, store, booked } = await bookedTask();
    expect(await engine.cancelCallback('amzn1.ask.account.BOB', booked.id)).toBe(false);
    expect(connectMock.commandCalls(StopContactCommand)).toHaveLength(0);
    connectMock.on(StopContactCommand).rejects(awsError('ContactNotFoundException'));
    expect(await engine.cancelCallback(ALEX, booked.id)).toBe(true);
    expect(await store.openCallbacks(ALEX)).toEqual([]);
  });

  it('cancelling a callback that waits for its hand-over deletes the schedule', async () => {
    const { schedulerMock, engine, records } = connectedStore(CREATED);
    schedulerMock.on(CreateScheduleCommand).resolves({});
    schedulerMock.on(DeleteScheduleCommand).resolves({});
    await engine.bookCallback(callback({ id: 'cb-far', scheduledFor: IN_TEN_DAYS }), options());
    const name = (await records.callbackLink('cb-far'))?.scheduleName;
    expect(await engine.cancelCallback(ALEX, 'cb-far')).toBe(true);
    expect(schedulerMock.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input.Name)).toEqual([name]);
  });
});

describe('a chat request with Connect', () => {
  it('is recorded with a single-use link to the chat page; a retried request keeps the first link', async () => {
    const { connectMock, engine, records, clock } = connectedStore(CREATED);
    const first = await engine.createChat(chat({ id: 'chat-1' }), { requestId: 'req-chat' });
    const retried = await engine.createChat(chat({ id: 'chat-2' }), { requestId: 'req-chat' });

    expect(first.link).toMatch(/^https:\/\/queue\.devicehelpdesk\.example\.com\/chat\/#[A-Za-z0-9_-]{32}$/);
    expect(retried.link).toBe(first.link);
    expect(connectMock.calls()).toHaveLength(0);
    const token = first.link.split('#')[1];
    const now = clock.now().toISOString();
    expect(await records.redeemChatInvite(token, now)).toMatchObject({ outcome: 'REDEEMED', invite: { chatId: 'chat-1', team: 'FIRE_TV' } });
    expect(await records.redeemChatInvite(token, now)).toEqual({ outcome: 'USED' });
  });

  it('expires the link after the configured minutes', async () => {
    const { engine, records } = connectedStore(CREATED);
    const created = await engine.createChat(chat(), { requestId: 'req-chat' });
    const later = new Date(Date.parse(CREATED) + 61 * 60_000).toISOString();
    expect(await records.redeemChatInvite(created.link.split('#')[1], later)).toEqual({ outcome: 'EXPIRED' });
    expect(await records.redeemChatInvite('not-a-token', CREATED)).toEqual({ outcome: 'UNKNOWN' });
  });
});
