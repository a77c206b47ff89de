import { enUS } from './en-US';

/** The locale strings per locale. A new locale adds its folder here and its model in interactionModels/. */
export const resources = { 'en-US': enUS } as const;

export const DEFAULT_LOCALE = 'en-US';

export type LocaleStrings = typeof enUS;
