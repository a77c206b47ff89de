import * as z from 'zod/mini';
import { TEAMS } from '../support/channel';
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

/**
 * Holds a team directory to its rules: every team, real time zones, half-hour opening hours, positive capacities.
 * The tests and the build run it on the teams as written, so the skill itself never checks them again.
 */
export function checkTeams(directory: unknown): void {
  TeamDirectorySchema.parse(directory);
}
