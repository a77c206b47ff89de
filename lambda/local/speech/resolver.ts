import { readFileSync } from 'node:fs';
import type { Slot } from 'ask-sdk-model';
import { BUILT_IN_INTENT_PHRASES } from './built-in-intents';
import { BUILT_IN_TYPES } from './built-in-types';
import type { SpeechMoment } from './dates';
import type { DynamicEntities, EntityValue } from './dynamic-entities';
import { words } from './words';

/** The parts of a committed interaction model (skill-package/interactionModels/custom/<locale>.json) read here. */
export interface ModelJson {
  interactionModel: {
    languageModel: {
      intents: { name: string; slots?: { name: string; type: string }[]; samples?: string[] }[];
      types?: { name: string; values: EntityValue[] }[];
    };
  };
}

export interface ResolveOptions extends SpeechMoment {
  /** From the last response's Dialog.UpdateDynamicEntities directive. */
  dynamicEntities?: DynamicEntities;
}

/** What Alexa would send: the intent and every slot it declares, filled or not. */
export interface Resolution {
  intent: string;
  slots?: Record<string, Slot>;
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

type Part = { word: string } | { slot: string; type: string };

interface Sample {
  intent: string;
  /** The intent's place in the model: the earlier one wins a tie. */
  rank: number;
  parts: Part[];
  literals: number;
  /** Its literal words: a sample with a word the utterance lacks cannot match, and is passed over at once. */
  vocabulary: string[];
}

/** Words a slot captured and what they resolved to. */
interface Capture {
  slot: string;
  type: string;
  spoken: string;
  value: string;
}

/** Values by spoken phrase (value or synonym), for one slot type. */
type PhraseIndex = Map<string, EntityValue[]>;

function phraseIndex(values: EntityValue[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const value of values) {
    for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
      const key = words(phrase).join(' ');
      index.set(key, [...(index.get(key) ?? []).filter((v) => v !== value), value]);
    }
  }
  return index;
}

/**
 * Speech resolved to an intent and slots as Alexa resolves it, over the skill's committed interaction model.
 *
 * What it does: every sample is matched word for word (after `words()`), a slot anywhere in it, adjacent
 * slots included (every split is tried); a custom slot captures only words that are one of its type's
 * values or synonyms, or of the dynamic entities in force, and carries Alexa's entity resolutions (dynamic
 * authority first); built-in slot types carry Alexa's values (see built-in-types.ts); the built-in intents
 * the model declares also take the phrases in built-in-intents.ts. Among several matching samples the one
 * with the most literal words wins, then the intent listed first in the model. Nothing matched:
 * AMAZON.FallbackIntent.
 *
 * What Alexa does and this does not (so a phrase passing here is a floor, never a promise, and a phrase
 * failing here may still work on a device): no statistical matching of phrasings near a sample, no
 * dropped or misheard words, no ER_SUCCESS_NO_MATCH (a custom slot never captures words outside its
 * values), no built-in slot types beyond DATE, TIME, DURATION, NUMBER, FOUR_DIGIT_NUMBER and PhoneNumber
 * and only their common phrasings, no dialog model (slot elicitation, confirmation), no
 * fallbackIntentSensitivity, and Alexa's own lists of built-in intent phrases are larger.
 */
export class SpeechResolver {
  /** Samples by their first word, and those that start with a slot: only these can match a given utterance. */
  private readonly byFirstWord = new Map<string, Sample[]>();
  private readonly slotFirst: Sample[] = [];
  private readonly candidatesByFirstWord = new Map<string, Sample[]>();
  private readonly typeIndex = new Map<string, PhraseIndex>();
  private readonly slotsByIntent = new Map<string, { name: string; type: string }[]>();

  constructor(model: ModelJson, private readonly skillId: string) {
    const { intents, types = [] } = model.interactionModel.languageModel;
    for (const type of types) this.typeIndex.set(type.name, phraseIndex(type.values));
    intents.forEach((intent, rank) => {
      const slots = intent.slots ?? [];
      this.slotsByIntent.set(intent.name, slots);
      const phrases = [...(intent.samples ?? []), ...(BUILT_IN_INTENT_PHRASES[intent.name] ?? [])];
      for (const phrase of phrases) {
        const parts = phrase.split(/\s+/).flatMap((token): Part[] => {
          const slot = /^\{(.+)\}$/.exec(token)?.[1];
          if (slot === undefined) return words(token).map((word) => ({ word }));
          const type = slots.find((s) => s.name === slot)?.type;
          if (!type) throw new Error(`${intent.name}: sample "${phrase}" names a slot the intent does not declare: ${slot}`);
          return [{ slot, type }];
        });
        const vocabulary = [...new Set(parts.flatMap((p) => ('word' in p ? [p.word] : [])))];
        const sample = { intent: intent.name, rank, parts, literals: parts.filter((p) => 'word' in p).length, vocabulary };
        const first = parts[0];
        if (first && 'word' in first) this.byFirstWord.set(first.word, [...(this.byFirstWord.get(first.word) ?? []), sample]);
        else this.slotFirst.push(sample);
      }
    });
  }

  static fromFile(modelFile: string, skillId: string): SpeechResolver {
    return new SpeechResolver(JSON.parse(readFileSync(modelFile, 'utf8')) as ModelJson, skillId);
  }

  resolve(utterance: string, options: ResolveOptions): Resolution {
    const spoken = words(utterance);
    const heard = new Set(spoken);
    const dynamic = new Map(Object.entries(options.dynamicEntities ?? {}).map(([type, values]) => [type, phraseIndex(values)]));
    let best: { sample: Sample; captures: Capture[] } | undefined;
    for (const sample of this.candidates(spoken)) {
      if (best && (sample.literals < best.sample.literals || (sample.literals === best.sample.literals && sample.rank >= best.sample.rank))) continue;
      if (!sample.vocabulary.every((word) => heard.has(word))) continue;
      const captures = this.match(sample.parts, 0, spoken, 0, options, dynamic);
      if (captures) best = { sample, captures };
    }
    if (!best) return { intent: FALLBACK_INTENT };
    return { intent: best.sample.intent, slots: this.slotsFor(best.sample.intent, best.captures, dynamic) };
  }

  /** The samples that could match the words, in the model's order (merged once per first word). */
  private candidates(spoken: string[]): Sample[] {
    const first = spoken[0] ?? '';
    let merged = this.candidatesByFirstWord.get(first);
    if (!merged) {
      merged = [...(this.byFirstWord.get(first) ?? []), ...this.slotFirst].sort((a, b) => a.rank - b.rank);
      this.candidatesByFirstWord.set(first, merged);
    }
    return merged;
  }

  /**
   * Every intent with a sample that matches the words, with its most literal match: two intents that both
   * claim an utterance with the same number of literal words are a conflict in the model (only its intent
   * order would decide).
   */
  claimants(utterance: string, options: ResolveOptions): Map<string, number> {
    const spoken = words(utterance);
    const heard = new Set(spoken);
    const claims = new Map<string, number>();
    for (const sample of this.candidates(spoken)) {
      if ((claims.get(sample.intent) ?? -1) >= sample.literals) continue;
      if (!sample.vocabulary.every((word) => heard.has(word))) continue;
      if (this.match(sample.parts, 0, spoken, 0, options, new Map())) claims.set(sample.intent, sample.literals);
    }
    return claims;
  }

  /** The captures when `parts[p..]` say exactly `spoken[t..]`; earlier slots try longer spans first. */
  private match(parts: Part[], p: number, spoken: string[], t: number, moment: SpeechMoment, dynamic: Map<string, PhraseIndex>): Capture[] | undefined {
    if (p === parts.length) return t === spoken.length ? [] : undefined;
    const part = parts[p];
    if ('word' in part) return spoken[t] === part.word ? this.match(parts, p + 1, spoken, t + 1, moment, dynamic) : undefined;
    // Leave at least one word for each slot still to come.
    const slotsAfter = parts.slice(p + 1).filter((x) => 'slot' in x).length;
    for (let end = spoken.length - slotsAfter; end > t; end -= 1) {
      const value = this.slotValue(part.type, spoken.slice(t, end), moment, dynamic);
      if (value === undefined) continue;
      const rest = this.match(parts, p + 1, spoken, end, moment, dynamic);
      if (rest) return [{ slot: part.slot, type: part.type, spoken: spoken.slice(t, end).join(' '), value }, ...rest];
    }
    return undefined;
  }

  /** What a slot of `type` takes from `captured`, or undefined when Alexa would not fill it with them. */
  private slotValue(type: string, captured: string[], moment: SpeechMoment, dynamic: Map<string, PhraseIndex>): string | undefined {
    const builtIn = BUILT_IN_TYPES[type];
    if (builtIn) return builtIn(captured, moment);
    const phrase = captured.join(' ');
    return this.typeIndex.get(type)?.has(phrase) || dynamic.get(type)?.has(phrase) ? phrase : undefined;
  }

  private slotsFor(intent: string, captures: Capture[], dynamic: Map<string, PhraseIndex>): Record<string, Slot> | undefined {
    const declared = this.slotsByIntent.get(intent) ?? [];
    if (declared.length === 0) return undefined;
    return Object.fromEntries(
      declared.map(({ name, type }) => {
        const capture = captures.find((c) => c.slot === name);
        if (!capture) return [name, { name, confirmationStatus: 'NONE' } as Slot];
        const resolutions = BUILT_IN_TYPES[type] ? undefined : { resolutionsPerAuthority: this.authorities(type, capture.spoken, dynamic) };
        const slot = {
          name,
          value: capture.value,
          confirmationStatus: 'NONE',
          source: 'USER',
          ...(resolutions ? { resolutions } : {}),
          slotValue: { type: 'Simple', value: capture.value, ...(resolutions ? { resolutions } : {}) },
        };
        return [name, slot as Slot];
      }),
    );
  }

  /** Entity resolution as Alexa sends it: the dynamic entities' authority first when the type has any. */
  private authorities(type: string, phrase: string, dynamic: Map<string, PhraseIndex>) {
    const authority = (name: string, values: EntityValue[] | undefined) =>
      values?.length
        ? { authority: name, status: { code: 'ER_SUCCESS_MATCH' }, values: values.map((v) => ({ value: { name: v.name.value, id: v.id ?? v.name.value } })) }
        : { authority: name, status: { code: 'ER_SUCCESS_NO_MATCH' } };
    const staticAuthority = authority(`amzn1.er-authority.echo-sdk.${this.skillId}.${type}`, this.typeIndex.get(type)?.get(phrase));
    const dynamicValues = dynamic.get(type);
    return dynamicValues ? [authority(`amzn1.er-authority.echo-sdk.dynamic.${this.skillId}.${type}`, dynamicValues.get(phrase)), staticAuthority] : [staticAuthority];
  }
}
