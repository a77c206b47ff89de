import { addDays, wallTime, WEEKDAYS as DAY_CODES } from '../domain/routing/zoned-time';

/**
 * What Alexa sends for AMAZON.DATE and AMAZON.TIME, worked out from the words as Alexa would for the phrases
 * customers use most ("tomorrow", "on Monday", "ten", "four thirty pm", "this evening"). The simulator needs
 * it because virtual-alexa passes the spoken words through; anything not recognised is passed on as spoken.
 */
const NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, thirty: 30, 'forty five': 45, 'forty-five': 45,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', tonight: 'EV', night: 'NI' };

const number = (word: string | undefined): number | undefined =>
  word === undefined ? undefined : /^\d+$/.test(word) ? Number(word) : NUMBERS[word];

/** AMAZON.DATE: "2026-11-23", or "PRESENT_REF" for now. */
export function resolveDate(spoken: string, now: Date, timeZone: string): string {
  const words = spoken.toLowerCase().replace(/^(on|for|this coming|next)\s+/, '').trim();
  const { date: today, weekday: todayName } = wallTime(now, timeZone);
  if (/^(now|right now)$/.test(words)) return 'PRESENT_REF';
  if (words === 'today' || words === 'tonight' || words === 'this evening') return today;
  if (words === 'tomorrow') return addDays(today, 1);
  if (words === 'the day after tomorrow') return addDays(today, 2);
  const weekday = WEEKDAYS.indexOf(words);
  if (weekday >= 0) {
    return addDays(today, (weekday - DAY_CODES.indexOf(todayName) + 7) % 7 || 7);
  }
  return spoken;
}

/** AMAZON.TIME: "15:30", or MO / AF / EV / NI for a part of the day. */
export function resolveTime(spoken: string): string {
  const words = spoken.toLowerCase().replace(/^(at|around|about)\s+/, '').replace(/\./g, '').replace(/o'clock/, '').trim();
  if (words === 'noon' || words === 'midday') return '12:00';
  if (words === 'midnight') return '00:00';
  const part = Object.keys(PARTS_OF_DAY).find((p) => words === p || words === `this ${p}` || words === `in the ${p}`);
  if (part) return PARTS_OF_DAY[part];
  const [, clock, period] = /^(.*?)\s*(am|pm|a m|p m|in the morning|in the afternoon|in the evening)?$/.exec(words) ?? [];
  const [hourWord, ...minuteWords] = clock.split(/[: ]/);
  let hour = number(hourWord);
  const minute = minuteWords.length === 0 ? 0 : number(minuteWords.join(' '));
  if (hour === undefined || minute === undefined || hour < 1 || hour > 12 || minute > 59) return spoken;
  const pm = period !== undefined && /p ?m|afternoon|evening/.test(period);
  // With no AM or PM, Alexa picks the likelier hour for a call: one to seven is afternoon or evening.
  if (pm || (period === undefined && hour <= 7)) hour = hour === 12 ? 12 : hour + 12;
  else if (hour === 12 && period !== undefined) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
