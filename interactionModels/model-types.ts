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

/**
 * The words with each name also said as a possessive ("my kindle's battery", "the cube's got no picture"):
 * speech recognition writes "'s" onto the word, so "kindle's" is a word of its own to the model.
 */
export function withPossessives<Id extends string>(words: SlotWords<Id>): SlotWords<Id> {
  const possessive = (phrase: string) => (phrase.endsWith('s') ? [] : [`${phrase}'s`]);
  return Object.fromEntries(
    (Object.entries(words) as [Id, { value: string; synonyms: string[] }][]).map(([id, w]) => [
      id,
      { value: w.value, synonyms: [...new Set([...w.synonyms, ...[w.value, ...w.synonyms].flatMap(possessive)])] },
    ]),
  ) as SlotWords<Id>;
}

/** The phrases, trimmed, with white space folded and repeats dropped. */
export function samples(...phrases: (string | readonly string[])[]): string[] {
  return [...new Set(phrases.flat().map((p) => p.trim().replace(/\s+/g, ' ')))];
}

/** A part of a phrase: one fixed string, or the alternatives one of which is said ('' for "nothing"). */
export type PhrasePart = string | readonly string[];

/**
 * Every phrase the parts spell, one alternative from each in order:
 * `phrases(['can you', ''], 'call me back', ['', 'please'])` gives "can you call me back", "can you call me back
 * please", "call me back" and "call me back please". Samples grow as combinations of customers' words, not lists.
 */
export function phrases(...parts: PhrasePart[]): string[] {
  return parts
    .map((part) => (typeof part === 'string' ? [part] : part))
    .reduce<string[]>((heads, part) => heads.flatMap((head) => part.map((tail) => `${head} ${tail}`)), [''])
    .map((p) => p.trim().replace(/\s+/g, ' '));
}
