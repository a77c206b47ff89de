import {
  DescribeHoursOfOperationCommand,
  GetCurrentMetricDataCommand,
  StartTaskContactCommand,
  StopContactCommand,
  UpdateContactScheduleCommand,
} from '@aws-sdk/client-connect';
import { ConnectClient } from '@aws-sdk/client-connect';
import { connectTeamStatus } from '../../lambda/adapters/connect/connect-team-status';
import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import type { Handoff } from '../../lambda/domain/handoff';
import { recordingLog } from '../../lambda/observability/log';
import { Conversation, TEST_NOW, testSkill } from '../support/harness';
import type { Caller } from '../support/requests';
import { INSTANCE_ID, SETTINGS, awsError, connectedStore, hangs } from './connect.support';

const MOBILE = 'alexa::profile:mobile_number:read';
const FIRE_TV: Caller = { deviceId: DEMO_DEVICE_IDS.fireTv, accessToken: 'demo-token-alex', screen: 'TV' };
const handoff: Handoff = {
  team: 'FIRE_TV',
  reason: 'DIAGNOSIS_UNRESOLVED',
  device: { family: 'FIRE_TV', model: 'Fire TV Stick 4K Max', name: 'Living Room Fire TV' },
  problem: { symptomId: 'NO_PICTURE', description: 'No picture on the TV' },
  stepsTried: [],
};
const callback = { channel: { spoken: 'callback', id: 'CALLBACK' } };
const chat = { channel: { spoken: 'chat', id: 'CHAT' } };

/** The skill with Amazon Connect behind its contact store, Connect and Scheduler mocked at the command level. */
function connectedConversation() {
  const connected = connectedStore(TEST_NOW.toISOString());
  const teamStatus = connectTeamStatus({ connect: new ConnectClient({ region: 'us-east-1' }), settings: SETTINGS, log: recordingLog() });
  const test = testSkill({ contacts: connected.engine, teamStatus, contactTimeoutMs: 1000 }, [MOBILE]);
  test.clock.set(TEST_NOW);
  const c = new Conversation(FIRE_TV, test);
  return { ...connected, c, handedOver: () => c.seed({ handoff }).intent('TalkToAgentIntent') };
}

describe('the skill with Amazon Connect', () => {
  it('books a callback as one Connect task and says booked only once Connect confirmed it', async () => {
    const { connectMock, c, handedOver, store } = connectedConversation();
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    await handedOver();
    await c.intent('ChooseChannelIntent', callback);
    const done = await c.intent('AMAZON.YesIntent');
    expect(done.speech).toContain('Done: our Fire TV team will call the number ending in 0142 tomorrow at 8 AM');
    const [task] = connectMock.commandCalls(StartTaskContactCommand);
    expect(connectMock.commandCalls(StartTaskContactCommand)).toHaveLength(1);
    expect(task.args[0].input).toMatchObject({
      ContactFlowId: SETTINGS.teams.FIRE_TV.taskFlowId,
      ScheduledTime: new Date('2026-11-23T16:00:00.000Z'),
      Attributes: expect.objectContaining({ customerPhone: '+12065550142', problem: 'No picture on the TV' }),
    });
    expect(await store.openCallbacks('amzn1.ask.account.TESTUSER')).toHaveLength(1);
  });

  it('tells the customer it is not booked when Connect refuses, and keeps no record of it', async () => {
    const { connectMock, c, handedOver, store } = connectedConversation();
    connectMock.on(StartTaskContactCommand).rejects(awsError('AccessDeniedException', 403));
    await handedOver();
    await c.intent('ChooseChannelIntent', callback);
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('your callback is not booked');
    expect(await store.openCallbacks('amzn1.ask.account.TESTUSER')).toEqual([]);
  });

  it('moves and cancels the Connect task with the callback, once each', async () => {
    const { connectMock, c, handedOver } = connectedConversation();
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    connectMock.on(UpdateContactScheduleCommand).resolves({});
    connectMock.on(StopContactCommand).resolves({});
    await handedOver();
    await c.intent('ChooseChannelIntent', callback);
    await c.intent('AMAZON.YesIntent');
    await c.intent('AMAZON.NoIntent');

    await c.intent('MoveCallbackIntent', { time: '16:00' });
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('Done: your callback is now tomorrow at 4 PM.');
    expect(connectMock.commandCalls(UpdateContactScheduleCommand).map((call) => call.args[0].input)).toEqual([
      { InstanceId: INSTANCE_ID, ContactId: 'task-1', ScheduledTime: new Date('2026-11-24T00:00:00.000Z') },
    ]);

    await c.intent('CancelCallbackIntent');
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('Done: your callback is cancelled.');
    expect(connectMock.commandCalls(StopContactCommand).map((call) => call.args[0].input)).toEqual([{ InstanceId: INSTANCE_ID, ContactId: 'task-1' }]);
  });

  it('keeps the callback where it was, and says so, when Connect cannot move it', async () => {
    const { connectMock, c, handedOver, store } = connectedConversation();
    connectMock.on(StartTaskContactCommand).resolves({ ContactId: 'task-1' });
    connectMock.on(UpdateContactScheduleCommand).callsFake(hangs);
    await handedOver();
    await c.intent('ChooseChannelIntent', callback);
    await c.intent('AMAZON.YesIntent');
    await c.intent('AMAZON.NoIntent');
    await c.intent('MoveCallbackIntent', { time: '16:00' });
    expect((await c.intent('AMAZON.YesIntent')).speech).not.toContain('Done');
    expect((await store.openCallbacks('amzn1.ask.account.TESTUSER'))[0].scheduledFor).toBe('2026-11-23T16:00:00.000Z');
  });

  it('sends a single-use chat link to the chat page, and speaks the wait and hours Connect reports', async () => {
    const { connectMock, c, handedOver } = connectedConversation();
    // Connect has the team open all Sunday, with five chats waiting and one agent available.
    connectMock.on(DescribeHoursOfOperationCommand).resolves({
      HoursOfOperation: { TimeZone: 'America/Los_Angeles', Config: [{ Day: 'SUNDAY', StartTime: { Hours: 0, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 } }] },
    });
    connectMock.on(GetCurrentMetricDataCommand).resolves({
      MetricResults: [{ Collections: [{ Metric: { Name: 'CONTACTS_IN_QUEUE', Unit: 'COUNT' }, Value: 5 }, { Metric: { Name: 'AGENTS_AVAILABLE', Unit: 'COUNT' }, Value: 1 }] }],
    });
    await handedOver();
    const sent = await c.intent('ChooseChannelIntent', chat);
    // Four ahead × 15 minutes ÷ 4 agents on shift.
    expect(sent.speech).toContain('the wait is about 15 minutes');
    expect((sent.card as { content: string }).content).toMatch(/https:\/\/queue\.devicehelpdesk\.example\.com\/chat\/#[A-Za-z0-9_-]{32}/);
    expect(connectMock.commandCalls(GetCurrentMetricDataCommand)[0].args[0].input).toEqual({
      InstanceId: INSTANCE_ID,
      Filters: { Queues: [SETTINGS.teams.FIRE_TV.queueId], Channels: ['CHAT'] },
      CurrentMetrics: [
        { Name: 'CONTACTS_IN_QUEUE', Unit: 'COUNT' },
        { Name: 'AGENTS_AVAILABLE', Unit: 'COUNT' },
      ],
    });
    expect(connectMock.commandCalls(DescribeHoursOfOperationCommand)[0].args[0].input).toEqual({
      InstanceId: INSTANCE_ID,
      HoursOfOperationId: SETTINGS.teams.FIRE_TV.hoursOfOperationId,
    });
  });

  it('falls back to the team settings when Connect does not answer in time', async () => {
    const { connectMock, c, handedOver } = connectedConversation();
    connectMock.on(DescribeHoursOfOperationCommand).callsFake(hangs);
    connectMock.on(GetCurrentMetricDataCommand).rejects(awsError('ThrottlingException', 429));
    await handedOver();
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain('the team is closed now and opens tomorrow at 8 AM');
  });
});
