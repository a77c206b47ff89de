/**
 * One Intl.DateTimeFormat per locale and options, made on first use and kept, for speech (the domain's zoned
 * time keeps its own, per zone): making one costs far more than using it (the first one of a process also loads
 * the time-zone data), and a warm turn should pay neither.
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
