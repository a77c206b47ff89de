import { connectSettingsFrom } from '../../lambda/adapters/connect/settings';
import { depsFromEnvironment } from '../../lambda/config';
import { SETTINGS } from './connect.support';

const ENV = {
  CONNECT_INSTANCE_ID: SETTINGS.instanceId,
  CONNECT_TEAMS: JSON.stringify(SETTINGS.teams),
  CONSOLE_URL: SETTINGS.consoleUrl,
  CHAT_PAGE_URL: SETTINGS.chatPageUrl,
  HANDOVER_FUNCTION_ARN: SETTINGS.handOver.functionArn,
  HANDOVER_ROLE_ARN: SETTINGS.handOver.roleArn,
  HANDOVER_SCHEDULE_GROUP: SETTINGS.handOver.groupName,
};

describe('the Connect settings', () => {
  it('leave Connect out when CONNECT_INSTANCE_ID is not set: the skill is wired as before', () => {
    expect(connectSettingsFrom({}, 2500)).toBeUndefined();
    const deps = depsFromEnvironment({});
    expect(deps.teamStatus).toBeUndefined();
    expect(deps.contactTimeoutMs).toBeUndefined();
  });

  it('are read from the environment, each call bounded by at most 800 ms', () => {
    expect(connectSettingsFrom(ENV, 2500)).toEqual({ ...SETTINGS, timeoutMs: 800 });
    expect(connectSettingsFrom({ ...ENV, CHAT_LINK_MINUTES: '15' }, 300)).toMatchObject({ chatLinkMinutes: 15, timeoutMs: 300 });
  });

  it('refuse at start-up a team left out or an id that is not one, naming the setting', () => {
    const { KINDLE, ...threeTeams } = SETTINGS.teams;
    expect(KINDLE).toBeDefined();
    expect(() => connectSettingsFrom({ ...ENV, CONNECT_TEAMS: JSON.stringify(threeTeams) }, 2500)).toThrow(/Connect settings:[\s\S]*teams/);
    expect(() => connectSettingsFrom({ ...ENV, CONNECT_TEAMS: JSON.stringify({ ...SETTINGS.teams, ECHO: { ...SETTINGS.teams.ECHO, queueId: 'echo-queue' } }) }, 2500)).toThrow(/Invalid UUID[\s\S]*queueId/);
    expect(() => connectSettingsFrom({ ...ENV, CHAT_LINK_MINUTES: '2000' }, 2500)).toThrow(/Too big: expected number to be <=1440[\s\S]*chatLinkMinutes/);
    expect(() => connectSettingsFrom({ ...ENV, CONNECT_TEAMS: 'not json' }, 2500)).toThrow('CONNECT_TEAMS is not JSON');
  });

  it('put Connect behind the contact store, with its live team status and a longer bound on contact calls', () => {
    const deps = depsFromEnvironment({ ...ENV, BACKEND_TIMEOUT_MS: '1000' });
    expect(deps.teamStatus).toBeDefined();
    expect(deps.contactTimeoutMs).toBe(1000 + 3 * 800);
  });
});
