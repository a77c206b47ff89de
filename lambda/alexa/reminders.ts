import type { services } from 'ask-sdk-model';
import type { Turn } from '../conversation/turn';
import { wallTime } from '../domain/routing/zoned-time';
import { speechFor } from '../speech/i18n';
import { plainText } from '../speech/ssml';
import { withTimeout } from '../util/timeout';
import { serviceStatus } from './permissions';

/** Reminders API scope. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export type ReminderOutcome = { status: 'SET'; alertToken: string } | { status: 'NO_PERMISSION' } | { status: 'UNAVAILABLE' };

/** Reminders go off this long before the call. */
const REMINDER_LEAD_MINUTES = 10;

/** Writing a reminder takes Alexa a little longer than a read. */
const REMINDER_TIMEOUT_MS = 1500;

/** "2026-11-24T08:00:00.000" on the wall clock of `timeZone`, as the Reminders API wants it. */
export function localIso(at: Date, timeZone: string): string {
  const { date, minutes } = wallTime(at, timeZone);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000`;
}

/** A one-off reminder at `at` in the customer's time zone, saying `text`. */
export function reminderRequest(at: Date, now: Date, timeZone: string, locale: string, text: string): services.reminderManagement.ReminderRequest {
  return {
    requestTime: localIso(now, timeZone),
    trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: localIso(at, timeZone), timeZoneId: timeZone },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/** The reminder for a callback at `slot`, a few minutes before it, in the customer's time zone. */
export function callbackReminderRequest(slot: string, now: Date, timeZone: string, locale: string): { at: Date; request: services.reminderManagement.ReminderRequest } {
  const at = new Date(Date.parse(slot) - REMINDER_LEAD_MINUTES * 60_000);
  return { at, request: reminderRequest(at, now, timeZone, locale, plainText(speechFor(locale)('routing.reminder.text'))) };
}

function client(turn: Turn): services.reminderManagement.ReminderManagementServiceClient | undefined {
  return turn.input.serviceClientFactory?.getReminderManagementServiceClient();
}

function failure(turn: Turn, what: string, error: unknown): ReminderOutcome {
  const status = serviceStatus(error);
  if (status === 401 || status === 403) return { status: 'NO_PERMISSION' };
  turn.deps.log.warn(`reminder ${what} failed`, { status, error: (error as Error).name });
  return { status: 'UNAVAILABLE' };
}

/** Creates a reminder (only possible in session). */
export async function createReminder(turn: Turn, request: services.reminderManagement.ReminderRequest): Promise<ReminderOutcome> {
  const reminders = client(turn);
  if (!reminders) return { status: 'UNAVAILABLE' };
  try {
    const created = await withTimeout(reminders.createReminder(request), REMINDER_TIMEOUT_MS, 'create reminder');
    return created?.alertToken ? { status: 'SET', alertToken: created.alertToken } : { status: 'UNAVAILABLE' };
  } catch (error) {
    return failure(turn, 'create', error);
  }
}

/** Moves a reminder to a new request; false when it could not be (the callback itself is already moved). */
export async function updateReminder(turn: Turn, alertToken: string, request: services.reminderManagement.ReminderRequest): Promise<boolean> {
  const reminders = client(turn);
  if (!reminders) return false;
  try {
    await withTimeout(reminders.updateReminder(alertToken, request), REMINDER_TIMEOUT_MS, 'update reminder');
    return true;
  } catch (error) {
    failure(turn, 'update', error);
    return false;
  }
}

/** Deletes a reminder; false when it could not be. */
export async function deleteReminder(turn: Turn, alertToken: string): Promise<boolean> {
  const reminders = client(turn);
  if (!reminders) return false;
  try {
    await withTimeout(reminders.deleteReminder(alertToken), REMINDER_TIMEOUT_MS, 'delete reminder');
    return true;
  } catch (error) {
    failure(turn, 'delete', error);
    return false;
  }
}
