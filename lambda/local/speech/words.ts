/** Hesitations speech recognition leaves out of what it writes ("um, my kindle won't charge"). */
const FILLED_PAUSES = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'hmm', 'mm']);

/**
 * Words as the resolver compares them: lower case, every punctuation mark but the apostrophe read as a
 * space ("10:30" is "10 30", "a.m." is "a m", "forty-two" is "forty two"), whitespace folded, hesitations gone.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word && !FILLED_PAUSES.has(word));
}
