/**
 * One Intl.DateTimeFormat per locale and options, made on first use and kept, for speech (the domain's zoned
 * time keeps its own, per zone): making one costs far more than using it (for the first Intl formatter of any kind
 * V8 also builds its list of available locales, about 20 ms), and a warm turn should pay neither.
 */
const made = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    made.set(key, format);
  }
  return format;
}
