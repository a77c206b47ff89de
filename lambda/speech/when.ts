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

/** Days away within which a weekday alone names the day: "on Thursday". */
const NEAR_WEEKDAY_WITHIN = 3;

/** The day a week starts on where the customer is, counted as Date.getUTCDay counts (0 is Sunday, as in en-US). */
function firstDayOfWeek(locale: string): number {
  const found = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  return ((found.getWeekInfo?.() ?? found.weekInfo)?.firstDay ?? 7) % 7;
}

/** Which week `day` is in, counted from the week of `today` (both "YYYY-MM-DD"): -1 last week, 0 this week, 1 next week. */
function weeksBetween(today: string, day: string, locale: string): number {
  const weekStart = (date: string) => {
    const intoWeek = (new Date(`${date}T00:00:00Z`).getUTCDay() - firstDayOfWeek(locale) + 7) % 7;
    return calendarDaysBetween(today, date) - intoWeek;
  };
  return Math.round((weekStart(day) - weekStart(today)) / 7);
}

/**
 * A day as people say it, in the customer's time zone: "today", "tomorrow", "yesterday"; within three days its
 * weekday, "on Thursday"; within a week "this Thursday", "next Monday" or "last Thursday" by the week it falls in,
 * as a bare weekday could then be heard as the nearer one on the other side of today ("on Thursday" for a past day
 * of this week, where the tense says which); beyond a week, the date.
 */
export function spokenDay(at: Date, now: Date, timeZone: string, t: Speech): Ssml {
  const today = localDate(now, timeZone);
  const day = localDate(at, timeZone);
  const offset = calendarDaysBetween(today, day);
  if (offset === 0) return new Ssml(t('core.when.today'));
  if (offset === 1) return new Ssml(t('core.when.tomorrow'));
  if (offset === -1) return new Ssml(t('core.when.yesterday'));
  if (Math.abs(offset) >= 7) return new Ssml(t('core.when.onDate', { date: spokenDate(day) }));
  const weekday = dateFormat(t.locale, { timeZone, weekday: 'long' }).format(at);
  const week = weeksBetween(today, day, t.locale);
  if (Math.abs(offset) <= NEAR_WEEKDAY_WITHIN || (week === 0 && offset < 0)) return new Ssml(t('core.when.onWeekday', { weekday }));
  return new Ssml(t(week > 0 ? 'core.when.nextWeekday' : week < 0 ? 'core.when.lastWeekday' : 'core.when.thisWeekday', { weekday }));
}

/** A clock time in the customer's time zone, as Alexa reads it well: "4 PM", "10:30 AM". */
export function spokenTime(at: Date, timeZone: string, locale = 'en-US'): string {
  const parts = dateFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = get('minute');
  return `${get('hour')}${minute === '00' ? '' : `:${minute}`} ${get('dayPeriod').toUpperCase()}`;
}
