import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enUSModel } from './en-US';
import type { InteractionModel } from './model-types';
import { questionsTable } from './questions-table';

/** Every locale's model, as ASK CLI and the developer console import it. */
export const MODELS: Record<string, () => InteractionModel> = { 'en-US': enUSModel };

export const MODEL_DIR = join(__dirname, '..', 'skill-package', 'interactionModels', 'custom');

/** The exact file contents written for a locale (the staleness test compares against these). */
export function modelJson(locale: string): string {
  return `${JSON.stringify(MODELS[locale](), null, 2)}\n`;
}

export const QUESTIONS_DOC = join(__dirname, '..', 'docs', 'questions.md');

/** docs/questions.md for the model's intents (the first locale's: every locale has the same intents). */
export function questionsDoc(): string {
  const intents = MODELS['en-US']().interactionModel!.languageModel!.intents!.map((intent) => intent.name!);
  return questionsTable(intents);
}

if (require.main === module) {
  mkdirSync(MODEL_DIR, { recursive: true });
  for (const locale of Object.keys(MODELS)) {
    writeFileSync(join(MODEL_DIR, `${locale}.json`), modelJson(locale));
    console.log(`wrote skill-package/interactionModels/custom/${locale}.json`);
  }
  writeFileSync(QUESTIONS_DOC, questionsDoc());
  console.log('wrote docs/questions.md');
}
