import { addDays, wallTime, WEEKDAYS as DAY_CODES } from '../../domain/routing/zoned-time';
import { cardinal, ordinal } from './numbers';

/**
 * AMAZON.DATE and AMAZON.TIME values as Alexa sends them, for the phrases customers use most. Each function
 * takes the words a slot would capture and returns Alexa's value, or undefined when the words are not a
 * date (or time) this module knows: the slot then does not capture them.
 */

/** When the customer speaks: dates are worked out on the device's wall clock. */
export interface SpeechMoment {
  now: Date;
  timeZone: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** "2026-W49": the ISO 8601 week of a date. */
function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The day of the month `day` on or after `today`, this month or the next ("the fifth"). */
function nextDayOfMonth(today: string, day: number): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const [year, month] = today.split('-').map(Number);
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const candidate = new Date(Date.UTC(year, month - 1 + ahead, day)).toISOString().slice(0, 10);
    if (Number(candidate.slice(8)) === day && candidate >= today) return candidate;
  }
  return undefined;
}

/** The date of `month` `day` on or after `today` ("december fifth" said in January is next December). */
function nextDate(today: string, month: number, day: number): string | undefined {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const candidate = new Date(Date.UTC(y, month, day)).toISOString().slice(0, 10);
    if (Number(candidate.slice(8)) !== day) return undefined;
    if (candidate >= today) return candidate;
  }
  return undefined;
}

/** "december fifth", "december the fifth", "the fifth of december", "december 5". */
function calendarDate(words: string[], today: string): string | undefined {
  const dayOf = (w: string[]) => ordinal(w) ?? cardinal(w);
  const month = MONTHS.indexOf(words[0]);
  if (month >= 0) {
    const rest = words[1] === 'the' ? words.slice(2) : words.slice(1);
    const day = rest.length > 0 ? dayOf(rest) : undefined;
    return day === undefined ? undefined : nextDate(today, month, day);
  }
  if (words[0] !== 'the') return undefined;
  const of = words.indexOf('of');
  if (of < 0) {
    const day = ordinal(words.slice(1));
    return day === undefined ? undefined : nextDayOfMonth(today, day);
  }
  const day = ordinal(words.slice(1, of));
  const named = MONTHS.indexOf(words.slice(of + 1).join(' '));
  return day === undefined || named < 0 ? undefined : nextDate(today, named, day);
}

/** AMAZON.DATE: "2026-12-03", "2026-W49", "2026-W49-WE", or "PRESENT_REF" for now. */
export function resolveDate(words: string[], { now, timeZone }: SpeechMoment): string | undefined {
  const phrase = words.join(' ');
  const { date: today, weekday: todayCode } = wallTime(now, timeZone);
  switch (phrase) {
    case 'now':
    case 'right now':
      return 'PRESENT_REF';
    case 'today':
    case 'tonight':
      return today;
    case 'tomorrow':
      return addDays(today, 1);
    case 'yesterday':
      return addDays(today, -1);
    case 'day after tomorrow':
    case 'the day after tomorrow':
      return addDays(today, 2);
    case 'this week':
      return isoWeek(today);
    case 'next week':
      return isoWeek(addDays(today, 7));
    case 'last week':
      return isoWeek(addDays(today, -7));
    case 'this weekend':
      return `${isoWeek(today)}-WE`;
    case 'next weekend':
      return `${isoWeek(addDays(today, 7))}-WE`;
  }
  // "friday", "on friday", "this friday", "next friday": the coming one, never today.
  const weekday = WEEKDAYS.indexOf(phrase.replace(/^(on |this |next |this coming |on this )/, ''));
  if (weekday >= 0) return addDays(today, (weekday - DAY_CODES.indexOf(todayCode) + 7) % 7 || 7);
  return calendarDate(words, today);
}

/** "am", "a m", "pm", "p m", "in the morning", "in the afternoon", "in the evening", "at night" at the end. */
const MERIDIEM = /^(.+?)\s+(am|a m|pm|p m|o'clock|in the morning|in the afternoon|in the evening|at night)$/;

/** AMAZON.TIME: "15:30", or MO / AF / EV / NI for a part of the day. */
export function resolveTime(words: string[]): string | undefined {
  const phrase = words.join(' ');
  if (phrase === 'noon' || phrase === 'midday') return '12:00';
  if (phrase === 'midnight') return '00:00';
  const part = /^(?:this |in the )?(morning|afternoon|evening)$/.exec(phrase)?.[1] ?? (phrase === 'night' || phrase === 'at night' ? 'night' : undefined);
  if (part) return PARTS_OF_DAY[part];
  const [, clock, period] = MERIDIEM.exec(phrase) ?? [undefined, phrase, undefined];
  const clockTime = hourAndMinute(clock ?? '');
  if (clockTime === undefined) return undefined;
  let { hour } = clockTime;
  const { minute } = clockTime;
  if (hour === 0 || hour > 12) return period === undefined ? clockText(hour, minute) : undefined;
  const pm = period !== undefined && /p ?m|afternoon|evening|night/.test(period);
  const am = period !== undefined && /a ?m|morning/.test(period);
  // With no AM or PM, the likelier hour for a call: one to seven is afternoon or evening.
  if (pm || (!am && hour <= 7)) hour = hour === 12 ? 12 : hour + 12;
  else if (am && hour === 12) hour = 0;
  return clockText(hour, minute);
}

/** "quarter past two", "half past ten", "quarter to three": minutes said around the hour. */
const AROUND_THE_HOUR = /^(quarter past|half past|quarter to) (\w+)$/;

/** The hour and minute a clock phrase says ("ten thirty", "ten oh five", "10 30" from "10:30", "half past ten"). */
function hourAndMinute(clock: string): { hour: number; minute: number } | undefined {
  const around = AROUND_THE_HOUR.exec(clock);
  if (around) {
    const hour = cardinal([around[2]]);
    if (hour === undefined || hour < 1 || hour > 12) return undefined;
    if (around[1] === 'quarter to') return { hour: hour === 1 ? 12 : hour - 1, minute: 45 };
    return { hour, minute: around[1] === 'half past' ? 30 : 15 };
  }
  const [hourWord, ...minuteWords] = clock.split(' ');
  const hour = cardinal([hourWord]);
  const minute = minuteWords.length === 0 ? 0 : minuteWords[0] === 'oh' && minuteWords.length === 2 ? cardinal(minuteWords.slice(1)) : cardinal(minuteWords);
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59 || (minuteWords[0] === 'oh' && minute > 9)) return undefined;
  return { hour, minute };
}

const clockText = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
