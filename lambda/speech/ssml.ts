import { escapeXmlCharacters } from 'ask-sdk-core';

/** A piece of speech that is already valid SSML and must not be escaped again. */
export class Ssml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** Speech from data (names, items, carriers), escaped so it can never break the SSML. */
export function text(value: string): Ssml {
  return new Ssml(escapeXmlCharacters(value));
}

/** Digits read one by one: "four two one four". */
export function digits(value: string): Ssml {
  return new Ssml(`<say-as interpret-as="digits">${escapeXmlCharacters(value.replace(/\D/g, ''))}</say-as>`);
}

/** A calendar date, spoken as Alexa speaks dates ("Thursday, November twenty-sixth"). */
export function spokenDate(isoDate: string): Ssml {
  return new Ssml(`<say-as interpret-as="date" format="ymd">${isoDate.replace(/-/g, '')}</say-as>`);
}

/** A short pause, e.g. before an offer that follows bad news. */
export function pause(ms: number): Ssml {
  return new Ssml(`<break time="${Math.round(ms)}ms"/>`);
}

/** Speech joined into a list the way people say it: "a, b and c". */
export function spokenList(items: readonly (string | Ssml)[], conjunction: string): Ssml {
  const parts = items.map((i) => (i instanceof Ssml ? i.markup : escapeXmlCharacters(i)));
  if (parts.length <= 1) return new Ssml(parts.join(''));
  return new Ssml(`${parts.slice(0, -1).join(', ')} ${escapeXmlCharacters(conjunction)} ${parts[parts.length - 1]}`);
}

/** The text of speech without its markup, for cards and logs. */
export function plainText(speech: string): string {
  return speech
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
