import { enUS } from './en-US';

/** The locale strings per locale. A new locale adds its folder here and its model in interactionModels/. */
export const resources = { 'en-US': enUS } as const;

export const DEFAULT_LOCALE = 'en-US';

/** A locale's strings by area: an area's strings, or the function that loads them on first use. */
type Areas<T> = { [Area in keyof T]: T[Area] extends () => infer Strings ? Strings : T[Area] };

export type LocaleStrings = Areas<typeof enUS>;

