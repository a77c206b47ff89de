import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, resources, type LocaleStrings } from '../locales';
import { Ssml, text } from './ssml';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly string[] ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the locale strings, checked at compile time: "support.welcome". */
export type SpeechKey = Leaves<LocaleStrings>;

/** Values put into a string: plain text is escaped; Ssml is inserted as it is. */
export type SpeechParams = Record<string, string | number | Ssml>;

/** Renders locale strings for one request. */
export interface Speech {
  /** SSML for the key; a key with several variants says one of them, so repetition does not grate. */
  (key: SpeechKey, params?: SpeechParams): string;
  /** Every variant of the key, for tests and for matching. */
  variants(key: SpeechKey, params?: SpeechParams): string[];
  readonly locale: string;
}

type Locale = keyof typeof resources;

/** The areas whose strings load with the skill: the rest are added on the first turn that speaks them. */
const loadedAtStart = (strings: Record<string, unknown>) => Object.fromEntries(Object.entries(strings).filter(([, area]) => typeof area !== 'function'));

const translator = i18next.createInstance();
// Resources are bundled, so initialisation is synchronous and done once per cold start.
void translator.init({
  resources: Object.fromEntries(Object.entries(resources).map(([lng, strings]) => [lng, { translation: loadedAtStart(strings) }])),
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  returnObjects: true,
  // Escaping is done per value below: SSML fragments must pass, data must not.
  interpolation: { escapeValue: false },
});

export const SUPPORTED_LOCALES = Object.keys(resources);

const added = new Set<string>();

/** Adds the strings of the key's area (its first part) to the locale and its fallback, if they load on first use. */
function withAreaOf(key: SpeechKey, lng: Locale): void {
  const area = key.slice(0, key.indexOf('.')) as keyof LocaleStrings;
  for (const locale of new Set<Locale>([lng, DEFAULT_LOCALE])) {
    const strings = resources[locale][area];
    if (typeof strings !== 'function' || added.has(`${locale} ${area}`)) continue;
    translator.addResourceBundle(locale, 'translation', { [area]: strings() }, true, true);
    added.add(`${locale} ${area}`);
  }
}

function escapeParams(params: SpeechParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    out[name] = value instanceof Ssml ? value.markup : typeof value === 'number' ? value : text(value).markup;
  }
  return out;
}

function render(t: TFunction, lng: Locale, key: SpeechKey, params: SpeechParams | undefined): string[] {
  withAreaOf(key, lng);
  const value = t(key, escapeParams(params)) as unknown;
  const variants = Array.isArray(value) ? value.map(String) : [String(value)];
  if (variants.some((v) => v === key)) throw new Error(`missing locale string: ${key}`);
  return variants;
}

/** The speech of one locale; `random` picks among variants (injectable so tests are repeatable). */
export function speechFor(locale: string | undefined, random: () => number = Math.random): Speech {
  const lng: Locale = locale && locale in resources ? (locale as Locale) : DEFAULT_LOCALE;
  const t = translator.getFixedT(lng);
  const speak = ((key: SpeechKey, params?: SpeechParams) => {
    const variants = render(t, lng, key, params);
    return variants[Math.min(variants.length - 1, Math.floor(random() * variants.length))];
  }) as Speech;
  Object.defineProperty(speak, 'locale', { value: lng });
  speak.variants = (key, params) => render(t, lng, key, params);
  return speak;
}
