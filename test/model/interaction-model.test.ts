import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_DIR, MODELS, modelJson } from '../../interactionModels/build';
import type { InteractionModel } from '../../interactionModels/model-types';
import { BUILT_IN_INTENTS, SUPPORT_INTENTS } from '../../lambda/vocabulary/support';
import { schemaErrors, validateInteractionModel } from './schema';

const locales = Object.keys(MODELS);
const committed = (locale: string) => readFileSync(join(MODEL_DIR, `${locale}.json`), 'utf8');
const model = (locale: string) => JSON.parse(committed(locale)) as InteractionModel;

describe.each(locales)('interaction model %s', (locale) => {
  const lm = () => model(locale).interactionModel!.languageModel!;

  it('is committed exactly as the model sources build it (run npm run build:model)', () => {
    expect(committed(locale)).toBe(modelJson(locale));
  });

  it('passes the official SMAPI schema', () => {
    expect(schemaErrors(validateInteractionModel, model(locale))).toEqual([]);
  });

  it('has an invocation name certification accepts', () => {
    const name = lm().invocationName!;
    expect(name).toMatch(/^[a-z][a-z' .]*[a-z]$/);
    const words = name.split(' ');
    expect(words.length).toBeGreaterThanOrEqual(2);
    const forbidden = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app', 'launch', 'ask', 'tell', 'open', 'load', 'begin', 'enable'];
    expect(words.filter((w) => forbidden.includes(w))).toEqual([]);
  });

  it('includes the built-in intents certification requires', () => {
    const names = lm().intents!.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(BUILT_IN_INTENTS)));
    expect(names).toEqual(expect.arrayContaining(Object.values(SUPPORT_INTENTS)));
  });

  it('writes utterances only with letters, spaces, apostrophes, periods, hyphens and slot references', () => {
    const bad = lm().intents!.flatMap((i) => (i.samples ?? []).filter((s) => !/^([a-z' .-]|\{[A-Za-z][A-Za-z_.]*\})+$/.test(s)));
    expect(bad).toEqual([]);
  });

  it('stays inside the size the project allows a model: samples per intent, samples in all, bytes', () => {
    // Ceilings of our own, well inside what Alexa builds: combinations grow fast, and each sample must earn its place.
    const counts = lm().intents!.map((i) => [i.name, (i.samples ?? []).length] as const);
    expect(counts.filter(([, n]) => n > 2000)).toEqual([]);
    expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBeLessThanOrEqual(25000);
    expect(committed(locale).length).toBeLessThan(1_500_000);
    expect(lm().intents!.flatMap((i) => (i.samples ?? []).filter((s) => s.length > 200))).toEqual([]);
  });

  it('never gives one utterance to two intents, or the same utterance twice', () => {
    const owners = new Map<string, string[]>();
    for (const intent of lm().intents!) {
      for (const sample of intent.samples ?? []) owners.set(sample, [...(owners.get(sample) ?? []), intent.name!]);
    }
    expect([...owners].filter(([, intents]) => intents.length > 1)).toEqual([]);
  });

  it('uses in samples only slots the intent declares, and declares only slot types that exist', () => {
    const typeNames = new Set((lm().types ?? []).map((t) => t.name));
    for (const intent of lm().intents!) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      const used = (intent.samples ?? []).flatMap((s) => [...s.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
      expect({ intent: intent.name, undeclared: used.filter((u) => !declared.has(u)) }).toEqual({ intent: intent.name, undeclared: [] });
      for (const slot of intent.slots ?? []) {
        expect(slot.type!.startsWith('AMAZON.') || typeNames.has(slot.type!)).toBe(true);
      }
    }
  });

  it('gives every slot-type value a unique id and never the same words to two values', () => {
    for (const type of lm().types ?? []) {
      const ids = type.values!.map((v) => v.id);
      expect(new Set(ids).size).toBe(ids.length);
      const words = type.values!.flatMap((v) => [v.name!.value!, ...(v.name!.synonyms ?? [])].map((w) => w.toLowerCase()));
      expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    }
  });

  it('defines every prompt a dialog refers to', () => {
    const m = model(locale).interactionModel!;
    const promptIds = new Set((m.prompts ?? []).map((p) => p.id));
    const referenced = (m.dialog?.intents ?? []).flatMap((i) => [
      ...Object.values(i.prompts ?? {}),
      ...(i.slots ?? []).flatMap((s) => [...Object.values(s.prompts ?? {}), ...(s.validations ?? []).map((v) => v.prompt)]),
    ]);
    expect(referenced.filter((id) => id && !promptIds.has(id as string))).toEqual([]);
  });
});
