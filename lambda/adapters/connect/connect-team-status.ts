import {
  DescribeHoursOfOperationCommand,
  GetCurrentMetricDataCommand,
  type DescribeHoursOfOperationResponse,
  type GetCurrentMetricDataResponse,
  type HoursOfOperationTimeSlice,
} from '@aws-sdk/client-connect';
import type { TeamSettings } from '../../domain/routing/teams';
import type { Team } from '../../domain/support/channel';
import type { Log } from '../../observability/log';
import type { LiveTeamStatus, TeamStatusSource } from '../../ports/team-status';
import { withTimeout } from '../../util/timeout';
import type { CommandSender } from './calls';
import { connectTeam, type ConnectSettings } from './settings';

/** Hours of operation change rarely: read again after this long. */
const HOURS_KEPT_MS = 5 * 60_000;
const DAYS: Record<string, keyof TeamSettings['hours']> = {
  SUNDAY: 'SUN', MONDAY: 'MON', TUESDAY: 'TUE', WEDNESDAY: 'WED', THURSDAY: 'THU', FRIDAY: 'FRI', SATURDAY: 'SAT',
};
const clock = (slice: HoursOfOperationTimeSlice | undefined) => `${String(slice?.Hours ?? 0).padStart(2, '0')}:${String(slice?.Minutes ?? 0).padStart(2, '0')}`;

/** Connect's hours of operation as the desk's team hours; a day open past midnight closes at midnight. */
export function hoursFromConnect(answer: DescribeHoursOfOperationResponse): LiveTeamStatus['hours'] {
  const hours: TeamSettings['hours'] = {};
  for (const day of answer.HoursOfOperation?.Config ?? []) {
    const weekday = DAYS[day.Day ?? ''];
    if (!weekday) continue;
    const [open, close] = [clock(day.StartTime), clock(day.EndTime)];
    hours[weekday] = { open, close: close > open ? close : '24:00' };
  }
  const timeZone = answer.HoursOfOperation?.TimeZone;
  return timeZone ? { timeZone, hours } : undefined;
}

/** Contacts waiting beyond the agents available to take them now. */
export function contactsAheadFrom(answer: GetCurrentMetricDataResponse): number | undefined {
  const metrics = new Map((answer.MetricResults?.[0]?.Collections ?? []).map((c) => [c.Metric?.Name, c.Value]));
  // No result at all is an empty queue with nobody available (Connect leaves out all-zero groups).
  const inQueue = metrics.get('CONTACTS_IN_QUEUE') ?? 0;
  const available = metrics.get('AGENTS_AVAILABLE') ?? 0;
  return Math.max(0, inQueue - available);
}

/**
 * The wait and the hours from Amazon Connect: the team's chat queue (contacts in queue, agents available)
 * and its hours of operation, each bounded by the Connect timeout; what does not answer in time is left
 * out, and the team's own settings stand in for it.
 */
export function connectTeamStatus(options: { connect: CommandSender; settings: ConnectSettings; log: Log }): TeamStatusSource {
  const { connect, settings, log } = options;
  const hoursRead = new Map<Team, { at: number; hours: LiveTeamStatus['hours'] }>();
  const ask = async <T>(command: object, what: string): Promise<T | undefined> => {
    try {
      return (await withTimeout(connect.send(command), settings.timeoutMs, what)) as T;
    } catch (error) {
      log.warn('Connect did not answer in time', { what, error: (error as Error).name });
      return undefined;
    }
  };

  async function hours(team: Team): Promise<LiveTeamStatus['hours']> {
    const HoursOfOperationId = connectTeam(settings, team).hoursOfOperationId;
    if (!HoursOfOperationId) return undefined;
    const kept = hoursRead.get(team);
    if (kept && Date.now() - kept.at < HOURS_KEPT_MS) return kept.hours;
    const answer = await ask<DescribeHoursOfOperationResponse>(new DescribeHoursOfOperationCommand({ InstanceId: settings.instanceId, HoursOfOperationId }), 'hours of operation');
    const read = answer && hoursFromConnect(answer);
    if (read) hoursRead.set(team, { at: Date.now(), hours: read });
    return read;
  }

  async function contactsAhead(team: Team): Promise<number | undefined> {
    const answer = await ask<GetCurrentMetricDataResponse>(
      new GetCurrentMetricDataCommand({
        InstanceId: settings.instanceId,
        Filters: { Queues: [connectTeam(settings, team).queueId], Channels: ['CHAT'] },
        CurrentMetrics: [
          { Name: 'CONTACTS_IN_QUEUE', Unit: 'COUNT' },
          { Name: 'AGENTS_AVAILABLE', Unit: 'COUNT' },
        ],
      }),
      'queue metrics',
    );
    return answer && contactsAheadFrom(answer);
  }

  return {
    async status(team) {
      const [teamHours, ahead] = await Promise.all([hours(team), contactsAhead(team)]);
      return { ...(teamHours ? { hours: teamHours } : {}), ...(ahead === undefined ? {} : { contactsAhead: ahead }) };
    },
  };
}
