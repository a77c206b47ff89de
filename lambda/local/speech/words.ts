/**
 * Words as the resolver compares them: lower case, every punctuation mark but the apostrophe read as a
 * space ("10:30" is "10 30", "a.m." is "a m", "forty-two" is "forty two"), whitespace folded.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
