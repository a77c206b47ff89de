import type { v1 } from 'ask-smapi-model';

/** The interaction model types of the official SMAPI model package. */
export type InteractionModel = v1.skill.interactionModel.InteractionModelData;
export type Intent = v1.skill.interactionModel.Intent;
export type SlotType = v1.skill.interactionModel.SlotType;
export type DialogIntent = v1.skill.interactionModel.DialogIntents;
export type Prompt = v1.skill.interactionModel.Prompt;

/** One locale's words for a slot type's values, keyed by the ids the code uses. */
export type SlotWords<Id extends string> = Record<Id, { value: string; synonyms: string[] }>;

/** A conversation area's part of the model. */
export interface ModelFragment {
  intents: Intent[];
  types?: SlotType[];
  dialogIntents?: DialogIntent[];
  prompts?: Prompt[];
}

/** A slot type built from the code's ids and one locale's words for them. */
export function slotType<Id extends string>(name: string, words: SlotWords<Id>): SlotType {
  return {
    name,
    values: (Object.entries(words) as [Id, { value: string; synonyms: string[] }][]).map(([id, w]) => ({
      id,
      name: { value: w.value, synonyms: w.synonyms },
    })),
  };
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bdoesn't\b/g, 'does not'],
  [/\bisn't\b/g, 'is not'],
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'cannot'],
  [/\bdon't\b/g, 'do not'],
  [/\baren't\b/g, 'are not'],
];

/** The words with each contracted phrase also written out ("doesn't work" and "does not work"). */
export function withUncontracted<Id extends string>(words: SlotWords<Id>): SlotWords<Id> {
  const expand = (phrase: string) => CONTRACTIONS.reduce((p, [from, to]) => p.replace(from, to), phrase);
  return Object.fromEntries(
    (Object.entries(words) as [Id, { value: string; synonyms: string[] }][]).map(([id, w]) => {
      const all = [w.value, ...w.synonyms];
      const synonyms = [...new Set([...w.synonyms, ...all.map(expand)])].filter((x) => x !== w.value);
      return [id, { value: w.value, synonyms }];
    }),
  ) as SlotWords<Id>;
}

/** Expands "i need help with my {device}|i have a problem with my {device}" style lists and trims them. */
export function samples(...phrases: string[]): string[] {
  return [...new Set(phrases.map((p) => p.trim().replace(/\s+/g, ' ')))];
}
