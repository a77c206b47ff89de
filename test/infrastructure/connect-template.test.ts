import { connectSettingsFrom } from '../../lambda/adapters/connect/settings';
import { TEAMS } from '../../lambda/domain/support/channel';
import { zipNameFor } from '../../scripts/package';
import { fn, policiesOf, resources, template } from './template.support';

const TEAM_PARAMETERS = ['Echo', 'FireTv', 'Kindle', 'Orders'];
const ID_KINDS = ['TaskFlowId', 'ChatFlowId', 'QueueId', 'HoursId'];
const connectArn = (path: string) => `arn:\${AWS::Partition}:connect:\${AWS::Region}:\${AWS::AccountId}:instance/\${ConnectInstanceId}${path}`;
const sub = (value: string) => ({ 'Fn::Sub': value });
const globals = template.Globals.Function.Environment.Variables;

/** The statements of a role's policy with this name. */
const statementsOf = (role: string, policy: string) => policiesOf(resources[role]).find((p) => p.PolicyName === policy)?.PolicyDocument.Statement ?? [];
const grants = (role: string, policy: string) =>
  Object.fromEntries(statementsOf(role, policy).flatMap((s) => ([] as string[]).concat(s.Action).map((action) => [action, s.Resource])));

describe('the infrastructure template with Amazon Connect', () => {
  it('takes the instance, the console URL and each team flow, queue and hours ids as parameters, all optional', () => {
    const names = ['ConnectInstanceId', 'ConsoleUrl', ...TEAM_PARAMETERS.flatMap((t) => ID_KINDS.map((k) => `${t}${k}`))];
    for (const name of names) expect(template.Parameters[name]).toMatchObject({ Type: 'String', Default: '' });
    expect((template as unknown as { Conditions: unknown }).Conditions).toEqual({ HasConnect: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'ConnectInstanceId' }, ''] }] } });
  });

  it('gives every function the Connect settings, which the skill reads as valid settings once the ids are filled in', () => {
    const ids = Object.fromEntries(TEAM_PARAMETERS.flatMap((t, i) => ID_KINDS.map((k, j) => [`${t}${k}`, `${i}${j}000000-0000-4000-8000-000000000000`])));
    const teams = (globals.CONNECT_TEAMS['Fn::Sub'] as string).replace(/\$\{(\w+)\}/g, (_, name: string) => ids[name]);
    const settings = connectSettingsFrom(
      {
        CONNECT_INSTANCE_ID: '11111111-1111-4111-8111-111111111111',
        CONNECT_TEAMS: teams,
        CONSOLE_URL: 'https://help.example.com',
        CHAT_PAGE_URL: 'https://help.example.com/chat/',
        HANDOVER_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:1:function:desk-hand-over',
        HANDOVER_ROLE_ARN: 'arn:aws:iam::1:role/desk-scheduler',
        HANDOVER_SCHEDULE_GROUP: 'desk-callbacks',
      },
      2500,
    );
    expect(Object.keys(settings?.teams ?? {}).sort()).toEqual([...TEAMS].sort());
    expect(settings?.teams.FIRE_TV).toEqual({ taskFlowId: ids.FireTvTaskFlowId, chatFlowId: ids.FireTvChatFlowId, queueId: ids.FireTvQueueId, hoursOfOperationId: ids.FireTvHoursId });
    expect(globals).toMatchObject({
      CONNECT_INSTANCE_ID: { Ref: 'ConnectInstanceId' },
      CHAT_PAGE_URL: sub('${ConsoleUrl}/chat/'),
      HANDOVER_SCHEDULE_GROUP: sub('${AWS::StackName}-callbacks'),
      HANDOVER_ROLE_ARN: { 'Fn::If': ['HasConnect', { 'Fn::GetAtt': ['HandOverSchedulerRole', 'Arn'] }, ''] },
    });
  });

  it('lets the skill start tasks only in the teams task flows, and change only the instance contacts', () => {
    const skill = grants('SkillRole', 'skill-connect-and-schedules');
    expect(skill['connect:StartTaskContact']).toEqual([sub(connectArn('')), ...TEAM_PARAMETERS.map((t) => sub(connectArn(`/contact-flow/\${${t}TaskFlowId}`)))]);
    expect(skill['connect:UpdateContactSchedule']).toEqual(sub(connectArn('/contact/*')));
    expect(skill['connect:StopContact']).toEqual(sub(connectArn('/contact/*')));
    expect(skill['connect:GetCurrentMetricData']).toEqual([sub(connectArn('')), ...TEAM_PARAMETERS.map((t) => sub(connectArn(`/queue/\${${t}QueueId}`)))]);
    expect(skill['connect:DescribeHoursOfOperation']).toEqual(TEAM_PARAMETERS.map((t) => sub(connectArn(`/operating-hours/\${${t}HoursId}`))));
    expect(Object.keys(skill).filter((a) => a.startsWith('connect:')).sort()).toEqual(
      ['connect:DescribeHoursOfOperation', 'connect:GetCurrentMetricData', 'connect:StartTaskContact', 'connect:StopContact', 'connect:UpdateContactSchedule'],
    );
  });

  it('lets the skill make and delete only the desk callback schedules, handing only the hand-over role to Scheduler', () => {
    const schedules = sub('arn:${AWS::Partition}:scheduler:${AWS::Region}:${AWS::AccountId}:schedule/${AWS::StackName}-callbacks/callback-*');
    const skill = grants('SkillRole', 'skill-connect-and-schedules');
    expect(skill['scheduler:CreateSchedule']).toEqual(schedules);
    expect(skill['scheduler:DeleteSchedule']).toEqual(schedules);
    const passRole = statementsOf('SkillRole', 'skill-connect-and-schedules').find((s) => s.Action === 'iam:PassRole');
    expect(passRole).toEqual({
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: { 'Fn::GetAtt': ['HandOverSchedulerRole', 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    });
  });

  it('lets the queue API start chats only in the teams chat flows', () => {
    expect(grants('QueueApiRole', 'queue-api-connect-chat')).toEqual({
      'connect:StartChatContact': [sub(connectArn('')), ...TEAM_PARAMETERS.map((t) => sub(connectArn(`/contact-flow/\${${t}ChatFlowId}`)))],
    });
  });

  it('defines the hand-over function the schedules invoke, only with Connect, and Scheduler may invoke only it', () => {
    for (const name of ['HandOverFunction', 'HandOverRole', 'HandOverSchedulerRole', 'HandOverScheduleGroup', 'HandOverLogGroup']) {
      expect((resources[name] as unknown as { Condition: string }).Condition).toBe('HasConnect');
    }
    expect(fn('HandOverFunction')).toMatchObject({ FunctionName: sub('${AWS::StackName}-hand-over'), CodeUri: `../dist/package/${zipNameFor('dist/hand-over/index.js')}`, Role: { 'Fn::GetAtt': ['HandOverRole', 'Arn'] } });
    expect(globals.HANDOVER_FUNCTION_ARN).toEqual(sub('arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${AWS::StackName}-hand-over'));
    expect(grants('HandOverSchedulerRole', 'invoke-hand-over')).toEqual({ 'lambda:InvokeFunction': globals.HANDOVER_FUNCTION_ARN });
    expect(grants('HandOverRole', 'hand-over-table-connect-and-logs')['connect:StartTaskContact']).toEqual(grants('SkillRole', 'skill-connect-and-schedules')['connect:StartTaskContact']);
    expect(resources.HandOverScheduleGroup.Properties.Name).toEqual(sub('${AWS::StackName}-callbacks'));
  });

  it('hears from Connect when a task of its instance ends, and may read only the instance contacts for it', () => {
    expect(fn('HandOverFunction').Events.TaskEnded).toEqual({
      Type: 'EventBridgeRule',
      Properties: {
        Pattern: {
          source: ['aws.connect'],
          'detail-type': ['Amazon Connect Contact Event'],
          detail: { eventType: ['DISCONNECTED'], channel: ['TASK'], instanceArn: [sub(connectArn(''))] },
        },
      },
    });
    expect(grants('HandOverRole', 'hand-over-table-connect-and-logs')['connect:GetContactAttributes']).toEqual(sub(connectArn('/contact/*')));
  });
});
