import { resolveDate, resolveTime, type SpeechMoment } from './dates';
import { cardinal, spokenDigits } from './numbers';

/**
 * Amazon's built-in slot types this resolver knows, each turning the words a slot would capture into the
 * value Alexa sends, or undefined when the words are not of the type (the slot then does not capture them).
 */
export type BuiltInType = (words: string[], moment: SpeechMoment) => string | undefined;

const DURATION_UNITS: Record<string, { unit: string; time: boolean }> = {
  second: { unit: 'S', time: true }, minute: { unit: 'M', time: true }, hour: { unit: 'H', time: true },
  day: { unit: 'D', time: false }, week: { unit: 'W', time: false }, month: { unit: 'M', time: false }, year: { unit: 'Y', time: false },
};

/** "ten minutes" → PT10M, "an hour and a half" is not known; "one hour and thirty minutes" → PT1H30M, "two days" → P2D. */
function resolveDuration(words: string[]): string | undefined {
  if (words.join(' ') === 'half an hour') return 'PT30M';
  const parts: string[][] = [];
  for (const word of words) {
    if (word === 'and') parts.push([]);
    else if (parts.length === 0) parts.push([word]);
    else parts[parts.length - 1].push(word);
  }
  let date = '';
  let time = '';
  for (const part of parts) {
    const unit = DURATION_UNITS[(part[part.length - 1] ?? '').replace(/s$/, '')];
    const amount = part.length === 2 && (part[0] === 'a' || part[0] === 'an') ? 1 : cardinal(part.slice(0, -1));
    if (!unit || amount === undefined || part.length < 2) return undefined;
    if (unit.time) time += `${amount}${unit.unit}`;
    else date += `${amount}${unit.unit}`;
  }
  return parts.length === 0 ? undefined : `P${date}${time ? `T${time}` : ''}`;
}

/** Digits said one by one (or written), `min` to `max` of them. */
const digitString = (min: number, max: number) => (words: string[]) => {
  const digits = spokenDigits(words);
  return digits !== undefined && digits.length >= min && digits.length <= max ? digits : undefined;
};

export const BUILT_IN_TYPES: Record<string, BuiltInType> = {
  'AMAZON.DATE': resolveDate,
  'AMAZON.TIME': (words) => resolveTime(words),
  'AMAZON.DURATION': (words) => resolveDuration(words),
  'AMAZON.NUMBER': (words) => {
    const n = cardinal(words);
    return n === undefined ? undefined : String(n);
  },
  'AMAZON.FOUR_DIGIT_NUMBER': digitString(4, 4),
  'AMAZON.PhoneNumber': digitString(7, 15),
};
