import { wallTime } from '../domain/routing/zoned-time';
import { dateFormat } from '../util/date-format';
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

/**
 * A day as people say it, in the customer's time zone: "today", "tomorrow", "yesterday", "on Thursday" within a
 * week either way (the tense says which; "last Thursday" can sound like the week before), otherwise the date.
 */
export function spokenDay(at: Date, now: Date, timeZone: string, t: Speech): Ssml {
  const day = localDate(at, timeZone);
  const offset = calendarDaysBetween(localDate(now, timeZone), day);
  if (offset === 0) return new Ssml(t('core.when.today'));
  if (offset === 1) return new Ssml(t('core.when.tomorrow'));
  if (offset === -1) return new Ssml(t('core.when.yesterday'));
  if (Math.abs(offset) < 7) return new Ssml(t('core.when.onWeekday', { weekday: dateFormat(t.locale, { timeZone, weekday: 'long' }).format(at) }));
  return new Ssml(t('core.when.onDate', { date: spokenDate(day) }));
}

/** A clock time in the customer's time zone, as Alexa reads it well: "4 PM", "10:30 AM". */
export function spokenTime(at: Date, timeZone: string, locale = 'en-US'): string {
  const parts = dateFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = get('minute');
  return `${get('hour')}${minute === '00' ? '' : `:${minute}`} ${get('dayPeriod').toUpperCase()}`;
}
