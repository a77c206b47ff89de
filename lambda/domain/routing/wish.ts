import type { CallbackWish } from './schedule';
import { BOOKING_HORIZON_DAYS } from './schedule';
import { addDays, clockMinutes, instantAt, wallTime } from './zoned-time';

/** What AMAZON.DATE and AMAZON.TIME gave, as strings, plus "as soon as possible". */
export interface SpokenWhen {
  date?: string;
  time?: string;
  asap?: boolean;
}

/** Longer than any value AMAZON.DATE ("2026-11-24", "2026-W48-WE") or AMAZON.TIME ("16:30", "EV") gives. */
export const SPOKEN_WHEN_LIMITS = { date: 40, time: 20 } as const;

/**
 * The words kept for later (a callback asked for before the team is known), each cut to SPOKEN_WHEN_LIMITS: a
 * value that long was never a date or a time, and cut it still reads as unclear, so the time is asked for then.
 */
export function keptWhen(spoken: SpokenWhen): SpokenWhen {
  return {
    ...(spoken.date !== undefined && { date: spoken.date.slice(0, SPOKEN_WHEN_LIMITS.date) }),
    ...(spoken.time !== undefined && { time: spoken.time.slice(0, SPOKEN_WHEN_LIMITS.time) }),
    ...(spoken.asap && { asap: true }),
  };
}

export type WishReading =
  | { ok: true; wish: CallbackWish }
  | { ok: false; problem: 'PAST' | 'UNCLEAR' | 'TOO_FAR' };

/** AMAZON.TIME's parts of the day, as windows of the customer's clock. */
export const DAY_PARTS: Record<string, { from: string; to: string }> = {
  MO: { from: '08:00', to: '12:00' },
  AF: { from: '12:00', to: '17:00' },
  EV: { from: '17:00', to: '21:00' },
  NI: { from: '21:00', to: '24:00' },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Reads the customer's words in their own time zone: "tomorrow at 10", "this evening", "Friday", "at 4 PM"
 * (the next 4 PM), "now". Weeks, months and seasons are too vague to book and come back UNCLEAR.
 */
export function readWish(spoken: SpokenWhen, now: Date, timeZone: string): WishReading {
  const date = spoken.date?.trim();
  const time = spoken.time?.trim().toUpperCase();
  if (spoken.asap || date === 'PRESENT_REF' || (!date && !time)) return { ok: true, wish: { kind: 'ASAP' } };
  if ((date && !DATE.test(date)) || (time && !TIME.test(time) && !DAY_PARTS[time])) return { ok: false, problem: 'UNCLEAR' };

  const today = wallTime(now, timeZone).date;
  const at = (day: string, hhmm: string) => instantAt(day, clockMinutes(hhmm), timeZone);
  const span = (day: string) => {
    const part = time ? DAY_PARTS[time] : undefined;
    if (part) return { from: at(day, part.from), to: part.to === '24:00' ? at(addDays(day, 1), '00:00') : at(day, part.to) };
    return { from: at(day, '00:00'), to: at(addDays(day, 1), '00:00') };
  };

  let wish: CallbackWish;
  if (time && TIME.test(time)) {
    const day = date ?? (at(today, time) > now ? today : addDays(today, 1));
    wish = { kind: 'AT', at: at(day, time) };
    if (wish.at <= now) return { ok: false, problem: 'PAST' };
  } else {
    let { from, to } = span(date ?? today);
    if (!date && to <= now) ({ from, to } = span(addDays(today, 1)));
    if (to <= now) return { ok: false, problem: 'PAST' };
    wish = { kind: 'WINDOW', from: from < now ? now : from, to };
  }
  const start = wish.kind === 'AT' ? wish.at : wish.from;
  if (start.getTime() - now.getTime() > BOOKING_HORIZON_DAYS * 86_400_000) return { ok: false, problem: 'TOO_FAR' };
  return { ok: true, wish };
}

const DAY_PART_WORDS: Record<string, string> = { MO: 'in the morning', AF: 'in the afternoon', EV: 'in the evening', NI: 'at night' };

/** The time as the customer asked for it, in words for the team: "Tuesday, December 1, in the afternoon". */
export function wishInWords(spoken: SpokenWhen): string | undefined {
  const date = spoken.date?.trim();
  const time = spoken.time?.trim().toUpperCase();
  if (spoken.asap || date === 'PRESENT_REF') return 'as soon as possible';
  const day = date && DATE.test(date) ? new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }) : undefined;
  const hour = time && TIME.test(time) ? `at ${clockWords(time)}` : time ? DAY_PART_WORDS[time] : undefined;
  const words = [day, hour].filter(Boolean).join(', ');
  return words || undefined;
}

/** "16:30" as "4:30 PM". */
function clockWords(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'AM' : 'PM'}`;
}
