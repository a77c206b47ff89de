import type { Team } from '../support/channel';
import type { TeamDirectory, TeamSettings } from './team-rules';

export type { TeamDirectory, TeamSettings } from './team-rules';

const weekdays = (open: string, close: string) => ({
  MON: { open, close },
  TUE: { open, close },
  WED: { open, close },
  THU: { open, close },
  FRI: { open, close },
});

/** The desk's teams as written; `checkTeams` (./team-rules) holds them to their rules in the tests and the build. */
const TEAMS_DATA = {
  ECHO: {
    timeZone: 'America/New_York',
    hours: { ...weekdays('08:00', '20:00'), SAT: { open: '09:00', close: '17:00' } },
    callbackCapacityPerSlot: 4,
    averageHandlingMinutes: 12,
    agentsOnShift: 6,
  },
  FIRE_TV: {
    timeZone: 'America/Los_Angeles',
    hours: { ...weekdays('08:00', '20:00'), SAT: { open: '10:00', close: '18:00' }, SUN: { open: '10:00', close: '18:00' } },
    callbackCapacityPerSlot: 3,
    averageHandlingMinutes: 15,
    agentsOnShift: 4,
  },
  KINDLE: {
    timeZone: 'America/Chicago',
    hours: weekdays('08:00', '18:00'),
    callbackCapacityPerSlot: 2,
    averageHandlingMinutes: 10,
    agentsOnShift: 3,
  },
  ORDERS: {
    timeZone: 'America/New_York',
    hours: { ...weekdays('07:00', '23:00'), SAT: { open: '08:00', close: '22:00' }, SUN: { open: '08:00', close: '22:00' } },
    callbackCapacityPerSlot: 8,
    averageHandlingMinutes: 8,
    agentsOnShift: 10,
  },
} satisfies TeamDirectory;

/** The teams as written: the tests and the build check them, so a cold start does not check them again. */
export function teamDirectory(): TeamDirectory {
  return TEAMS_DATA;
}

/** A team's settings. */
export function teamSettings(team: Team, directory: TeamDirectory = teamDirectory()): TeamSettings {
  return directory[team];
}
