// zod/mini: every turn that might hand over loads this module, and the mini build starts far faster than full zod.
import * as z from 'zod/mini';
import { TEAMS, type Team } from '../support/channel';
import { clockMinutes, isTimeZone, WEEKDAYS } from './zoned-time';

const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[03]0$/, 'a half-hour clock time such as 08:00 or 17:30'));

/** Opening hours of one weekday, in the team's own time zone; closing is exclusive. */
const DayHoursSchema = z
  .object({ open: ClockTime, close: ClockTime })
  .check(z.refine((h) => clockMinutes(h.open) < clockMinutes(h.close), 'a team must open before it closes'));

/** How one team works: when it is open, how many callbacks it takes per half hour, how fast it is. */
export const TeamSettingsSchema = z.object({
  timeZone: z.string().check(z.refine(isTimeZone, 'an IANA time zone such as America/Los_Angeles')),
  /** Weekdays missing here are closed days. */
  hours: z.partialRecord(z.enum(WEEKDAYS), DayHoursSchema),
  /** Callbacks the team can make in one half-hour slot. */
  callbackCapacityPerSlot: z.int().check(z.positive()),
  /** Average minutes an agent spends on one contact. */
  averageHandlingMinutes: z.number().check(z.positive()),
  agentsOnShift: z.int().check(z.positive()),
});
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;

export const TeamDirectorySchema = z.record(z.enum(TEAMS), TeamSettingsSchema);
export type TeamDirectory = z.infer<typeof TeamDirectorySchema>;

const weekdays = (open: string, close: string) => ({
  MON: { open, close },
  TUE: { open, close },
  WED: { open, close },
  THU: { open, close },
  FRI: { open, close },
});

/** The desk's teams as written; `teamDirectory()` validates them (the tests do too, so a bad edit never ships). */
const TEAMS_DATA: unknown = {
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
};

let validated: TeamDirectory | undefined;

/**
 * The teams, validated on first use rather than at load: checking time zones starts the runtime's time-zone
 * data, which only turns that route a customer need pay for, not every cold start.
 */
export function teamDirectory(): TeamDirectory {
  validated ??= TeamDirectorySchema.parse(TEAMS_DATA);
  return validated;
}

/** A team's settings. */
export function teamSettings(team: Team, directory: TeamDirectory = teamDirectory()): TeamSettings {
  return directory[team];
}
