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

/** Expands "i need help with my {device}|i have a problem with my {device}" style lists and trims them. */
export function samples(...phrases: string[]): string[] {
  return [...new Set(phrases.map((p) => p.trim().replace(/\s+/g, ' ')))];
}
