/** Numbers as speech recognition writes them: words ("forty two") or digits ("42"). */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const DIGIT_WORDS: Record<string, string> = { oh: '0', o: '0', ...Object.fromEntries(Object.entries(UNITS).filter(([, n]) => n < 10).map(([w, n]) => [w, String(n)])) };

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Below a hundred: "seven", "forty", "forty two", "forty-two" (already split on the hyphen). */
function belowHundred(words: string[]): number | undefined {
  if (words.length === 1) return UNITS[words[0]] ?? TENS[words[0]];
  if (words.length === 2 && TENS[words[0]] !== undefined && UNITS[words[1]] !== undefined && UNITS[words[1]] < 10 && UNITS[words[1]] > 0) {
    return TENS[words[0]] + UNITS[words[1]];
  }
  return undefined;
}

/** A whole number written as digits or words, up to the thousands ("two hundred and five", "1500"). */
export function cardinal(words: string[]): number | undefined {
  if (words.length === 1 && /^\d+$/.test(words[0])) return Number(words[0]);
  const thousand = words.indexOf('thousand');
  if (thousand >= 0) {
    const head = thousand === 0 ? undefined : words[0] === 'a' && thousand === 1 ? 1 : cardinal(words.slice(0, thousand));
    const rest = words.slice(thousand + 1);
    const tail = rest.length === 0 ? 0 : belowThousand(rest[0] === 'and' ? rest.slice(1) : rest);
    return head === undefined || tail === undefined || head >= 1000 ? undefined : head * 1000 + tail;
  }
  return belowThousand(words);
}

function belowThousand(words: string[]): number | undefined {
  const hundred = words.indexOf('hundred');
  if (hundred < 0) return belowHundred(words);
  const head = hundred === 1 && words[0] === 'a' ? 1 : belowHundred(words.slice(0, hundred));
  const rest = words.slice(hundred + 1);
  const tail = rest.length === 0 ? 0 : belowHundred(rest[0] === 'and' ? rest.slice(1) : rest);
  return head === undefined || tail === undefined || head >= 10 ? undefined : head * 100 + tail;
}

/** "fifth", "twenty first", "5th" → 5, 21, 5. */
export function ordinal(words: string[]): number | undefined {
  if (words.length === 1) return /^\d+(st|nd|rd|th)$/.test(words[0]) ? parseInt(words[0], 10) : ORDINALS[words[0]];
  if (words.length === 2 && TENS[words[0]] !== undefined && ORDINALS[words[1]] !== undefined && ORDINALS[words[1]] < 10) {
    return TENS[words[0]] + ORDINALS[words[1]];
  }
  return undefined;
}

/**
 * Digits read out one by one, as people say phone and order numbers: "four two five", "oh oh one",
 * "double five", "425 555" (digits as written). Undefined when any word is not a digit.
 */
export function spokenDigits(words: string[]): string | undefined {
  let digits = '';
  for (let i = 0; i < words.length; i += 1) {
    const repeat = words[i] === 'double' ? 2 : words[i] === 'triple' ? 3 : 1;
    const word = repeat > 1 ? words[(i += 1)] : words[i];
    if (word === undefined) return undefined;
    const digit = /^\d+$/.test(word) ? word : DIGIT_WORDS[word];
    if (digit === undefined || (repeat > 1 && digit.length !== 1)) return undefined;
    digits += digit.repeat(repeat);
  }
  return digits;
}
