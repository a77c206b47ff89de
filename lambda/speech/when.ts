import { wallTime } from '../domain/routing/zoned-time';
import type { Speech } from './i18n';
import { Ssml, spokenDate } from './ssml';

/** The calendar date of `at` where the customer is: "2026-11-23". */
export function localDate(at: Date, timeZone: string): string {
  return wallTime(at, timeZone).date;
}

/** Whole calendar days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days away within which a weekday alone names the day, the same weekday on the other side of today being further. */
const NEAREST_WEEKDAY_WITHIN = 3;

/**
 * A day as people say it, in the customer's time zone: "today", "tomorrow", "yesterday"; within a week either way
 * its weekday, "on Thursday" when that Thursday is the nearest one, otherwise "this Thursday" or "last Thursday"
 * (a bare weekday would be heard as the nearer Thursday on the other side of today); beyond a week, the date.
 */
export function spokenDay(at: Date, now: Date, timeZone: string, t: Speech): Ssml {
  const day = localDate(at, timeZone);
  const offset = calendarDaysBetween(localDate(now, timeZone), day);
  const weekday = new Intl.DateTimeFormat(t.locale, { timeZone, weekday: 'long' }).format(at);
  if (offset === 0) return new Ssml(t('core.when.today'));
  if (offset === 1) return new Ssml(t('core.when.tomorrow'));
  if (offset === -1) return new Ssml(t('core.when.yesterday'));
  if (Math.abs(offset) <= NEAREST_WEEKDAY_WITHIN) return new Ssml(t('core.when.onWeekday', { weekday }));
  if (Math.abs(offset) < 7) return new Ssml(t(offset > 0 ? 'core.when.thisWeekday' : 'core.when.lastWeekday', { weekday }));
  return new Ssml(t('core.when.onDate', { date: spokenDate(day) }));
}

/** A clock time in the customer's time zone, as Alexa reads it well: "4 PM", "10:30 AM". */
export function spokenTime(at: Date, timeZone: string, locale = 'en-US'): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = get('minute');
  return `${get('hour')}${minute === '00' ? '' : `:${minute}`} ${get('dayPeriod').toUpperCase()}`;
}
