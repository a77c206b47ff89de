import { StartTaskContactCommand } from '@aws-sdk/client-connect';
import { CreateScheduleCommand } from '@aws-sdk/client-scheduler';
import { clientToken } from '../../lambda/adapters/connect/calls';
import { HandOverEventSchema, handOverCallback } from '../../lambda/adapters/connect/hand-over';
import { CREATED, callback } from '../adapters/contacts.fixtures';
import { awsError, connectedStore } from './connect.support';

const ALEX = 'amzn1.ask.account.ALEX';
const IN_TEN_DAYS = '2026-12-03T18:00:00.000Z';
/** The moment the schedule fires: five days before the callback. */
const FIRES_AT = '2026-11-28T18:00:00.000Z';

/** A callback booked ten days out (so waiting for its hand-over), then the clock moved to the schedule's moment. */
async function scheduledCallback() {
  const connected = connectedStore(CREATED);
  connected.schedulerMock.on(CreateScheduleCommand).resolves({});
  await connected.engine.bookCallback(callback({ id: 'cb-far', scheduledFor: IN_TEN_DAYS }), { requestId: 'req-far', slotCapacity: 3 });
  connected.clock.set(new Date(FIRES_AT));
  const event = JSON.parse(connected.schedulerMock.commandCalls(CreateScheduleCommand)[0].args[0].input.Target?.Input as string);
  const handOver = () => handOverCallback(HandOverEventSchema.parse(event), { contacts: connected.store, callbacks: connected.callbacks, timeoutMs: 50, log: connected.log });
  return { ...connected, handOver };
}

describe('the hand-over a schedule invokes', () => {
  it('starts the callback task in Connect for its booked time, once however often the schedule delivers', async () => {
    const { connectMock, handOver, records } = await scheduledCallback();
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-far' });
    expect(await handOver()).toBe('STARTED');
    expect(await handOver()).toBe('STARTED');
    const inputs = connectMock.commandCalls(StartTaskContactCommand).map((c) => c.args[0].input);
    expect(inputs.map((i) => i.ScheduledTime)).toEqual([new Date(IN_TEN_DAYS), new Date(IN_TEN_DAYS)]);
    expect(new Set(inputs.map((i) => i.ClientToken))).toEqual(new Set([clientToken('hand-over', 'cb-far', IN_TEN_DAYS)]));
    expect(await records.callbackLink('cb-far')).toMatchObject({ taskContactId: 'task-far' });
  });

  it('does nothing for a callback cancelled since', async () => {
    const { connectMock, schedulerMock, engine, handOver } = await scheduledCallback();
    schedulerMock.rejects(awsError('ResourceNotFoundException', 404));
    expect(await engine.cancelCallback(ALEX, 'cb-far')).toBe(true);
    expect(await handOver()).toBe('NOT_NEEDED');
    expect(connectMock.calls()).toHaveLength(0);
  });

  it('fails (so Scheduler tries again) when Connect does not confirm the task', async () => {
    const { connectMock, handOver } = await scheduledCallback();
    connectMock.on(StartTaskContactCommand).rejects(awsError('ServiceQuotaExceededException', 402));
    await expect(handOver()).rejects.toThrow('start callback task failed');
  });

  it('refuses an event that is not a schedule of the desk', () => {
    expect(() => HandOverEventSchema.parse({ callbackId: 'x', team: 'NOBODY', scheduledFor: 'soon' })).toThrow();
  });
});
