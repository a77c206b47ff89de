import { digits, pause, spokenDate, text, unmarked } from './ssml';
import type { SpokenPart } from './spoken-part-schema';

/** The markup the skill's own speech uses (see ssml.ts), and the text between. */
const MARKUP = /<say-as interpret-as="digits">(\d+)<\/say-as>|<say-as interpret-as="date" format="ymd">([\dX?]+)<\/say-as>|<break time="(\d+)ms"\/>/g;

/** The skill's own SSML as parts. */
export function toSpokenParts(ssml: string): SpokenPart[] {
  const parts: SpokenPart[] = [];
  const words = (between: string) => {
    if (between) parts.push({ words: unmarked(between) });
  };
  let last = 0;
  for (const match of ssml.matchAll(MARKUP)) {
    words(ssml.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    const [, digitString, date, ms] = match;
    parts.push(digitString ? { digits: digitString } : date ? { date } : { pauseMs: Number(ms) });
  }
  words(ssml.slice(last));
  return parts;
}

/** Parts back into SSML, every word escaped. */
export function fromSpokenParts(parts: readonly SpokenPart[]): string {
  return parts
    .map((part) => ('words' in part ? text(part.words) : 'digits' in part ? digits(part.digits) : 'date' in part ? spokenDate(part.date) : pause(part.pauseMs)).markup)
    .join('');
}

