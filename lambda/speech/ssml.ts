import { escapeXmlCharacters } from 'ask-sdk-core';

/** A piece of speech that is already valid SSML and must not be escaped again. */
export class Ssml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** The most characters of what a customer said that is ever spoken back. */
export const MAX_ECHOED_CHARS = 100;

/** Characters XML 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF): Alexa rejects SSML with them. */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Half of a surrogate pair without its other half: not a character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without lone surrogates and characters XML forbids, so it can go into SSML. */
function xmlSafe(value: string): string {
  return value.replace(LONE_SURROGATE, '').replace(FORBIDDEN_IN_XML, ' ');
}

/**
 * What a customer said, as it may be spoken back and kept in the session: XML-safe, white space collapsed,
 * and at most MAX_ECHOED_CHARS characters, cut at a word where one is near.
 */
export function echoable(value: string): string {
  const clean = xmlSafe(value).replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= MAX_ECHOED_CHARS) return clean;
  const cut = chars.slice(0, MAX_ECHOED_CHARS).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > MAX_ECHOED_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trim();
}

/** Speech from data (names, items, carriers), made XML-safe and escaped so it can never break the SSML. */
export function text(value: string): Ssml {
  return new Ssml(escapeXmlCharacters(xmlSafe(value)));
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
  const parts = items.map((i) => (i instanceof Ssml ? i.markup : text(i).markup));
  if (parts.length <= 1) return new Ssml(parts.join(''));
  return new Ssml(`${parts.slice(0, -1).join(', ')} ${escapeXmlCharacters(conjunction)} ${parts[parts.length - 1]}`);
}

/** SSML's words without markup, entities decoded, spacing kept. */
export function unmarked(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of speech without its markup, for cards and logs. */
export function plainText(speech: string): string {
  return unmarked(speech).replace(/\s+/g, ' ').trim();
}
