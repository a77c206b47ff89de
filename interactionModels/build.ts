import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enUSModel } from './en-US';
import type { InteractionModel } from './model-types';

/** Every locale's model, as ASK CLI and the developer console import it. */
export const MODELS: Record<string, () => InteractionModel> = { 'en-US': enUSModel };

export const MODEL_DIR = join(__dirname, '..', 'skill-package', 'interactionModels', 'custom');

/** The exact file contents written for a locale (the staleness test compares against these). */
export function modelJson(locale: string): string {
  return `${JSON.stringify(MODELS[locale](), null, 2)}\n`;
}

if (require.main === module) {
  mkdirSync(MODEL_DIR, { recursive: true });
  for (const locale of Object.keys(MODELS)) {
    writeFileSync(join(MODEL_DIR, `${locale}.json`), modelJson(locale));
    console.log(`wrote skill-package/interactionModels/custom/${locale}.json`);
  }
}
