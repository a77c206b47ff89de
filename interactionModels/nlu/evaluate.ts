import { join } from 'node:path';
import type { Slot } from 'ask-sdk-model';
import { SpeechResolver, type Resolution } from '../../lambda/local/speech/resolver';
import { MODEL_DIR } from '../build';
import { corpusFile, readCorpus, REFERENCE_MOMENT, type CorpusEntry, type CorpusPart } from './corpus';

/** What an utterance resolved to, in the corpus's terms: the intent and each filled slot's id or value. */
export interface Outcome {
  intent: string;
  slots: Record<string, string>;
}

/** A slot as the corpus writes it: the first resolved id, "?" when no authority matched, else the value. */
function slotOutcome(slot: Slot): string | undefined {
  if (slot.value === undefined || slot.value === '') return undefined;
  const authorities = slot.resolutions?.resolutionsPerAuthority;
  if (!authorities?.length) return slot.value;
  return authorities.find((a) => a.status.code === 'ER_SUCCESS_MATCH')?.values?.[0]?.value.id ?? '?';
}

/** A request's intent and slots (from the resolver, or from Alexa's own request) as an outcome. */
export function outcomeOf(resolution: Resolution): Outcome {
  const slots = Object.entries(resolution.slots ?? {}).flatMap(([name, slot]) => {
    const value = slotOutcome(slot);
    return value === undefined ? [] : [[name, value]];
  });
  return { intent: resolution.intent, slots: Object.fromEntries(slots) };
}

const slotsText = (slots: Record<string, string>) =>
  Object.entries(slots)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(';');

/** True when both name the same intent and the same slots with the same values. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.intent === b.intent && slotsText(a.slots) === slotsText(b.slots);
}

export interface IntentFigures {
  intent: string;
  count: number;
  intentCorrect: number;
  /** Intent and every slot right. */
  allCorrect: number;
}

/** Utterances that went wrong the same way. */
export interface Confusion {
  expected: string;
  got: string;
  utterances: { utterance: string; source: string; expectedSlots: string; gotSlots: string }[];
}

export interface Evaluation {
  total: number;
  intentCorrect: number;
  allCorrect: number;
  intentAccuracy: number;
  /** Intent and every slot right, over all utterances. */
  fullAccuracy: number;
  perIntent: IntentFigures[];
  /** Wrong intents (expected -> got) and right intents with wrong slots (expected -> "<intent> (slots)"). */
  confusions: Confusion[];
}

/** Every entry resolved by `resolve` and held to what the corpus expects. */
export function evaluate(entries: CorpusEntry[], resolve: (utterance: string) => Outcome | undefined): Evaluation {
  const perIntent = new Map<string, IntentFigures>();
  const confusions = new Map<string, Confusion>();
  let intentCorrect = 0;
  let allCorrect = 0;
  let total = 0;
  for (const entry of entries) {
    const outcome = resolve(entry.utterance);
    if (!outcome) continue;
    total += 1;
    const figures = perIntent.get(entry.intent) ?? { intent: entry.intent, count: 0, intentCorrect: 0, allCorrect: 0 };
    perIntent.set(entry.intent, figures);
    figures.count += 1;
    const intentRight = outcome.intent === entry.intent;
    const slotsRight = sameOutcome({ intent: entry.intent, slots: outcome.slots }, entry);
    if (intentRight) (intentCorrect += 1), (figures.intentCorrect += 1);
    if (intentRight && slotsRight) (allCorrect += 1), (figures.allCorrect += 1);
    if (intentRight && slotsRight) continue;
    const got = intentRight ? `${outcome.intent} (slots)` : outcome.intent;
    const key = `${entry.intent} -> ${got}`;
    const confusion = confusions.get(key) ?? { expected: entry.intent, got, utterances: [] };
    confusions.set(key, confusion);
    confusion.utterances.push({ utterance: entry.utterance, source: entry.source, expectedSlots: slotsText(entry.slots), gotSlots: slotsText(outcome.slots) });
  }
  return {
    total,
    intentCorrect,
    allCorrect,
    intentAccuracy: total ? intentCorrect / total : 0,
    fullAccuracy: total ? allCorrect / total : 0,
    perIntent: [...perIntent.values()].sort((a, b) => a.intent.localeCompare(b.intent)),
    confusions: [...confusions.values()].sort((a, b) => b.utterances.length - a.utterances.length || a.expected.localeCompare(b.expected)),
  };
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '-');

/** The evaluation as a plain-text report. */
export function formatEvaluation(title: string, e: Evaluation): string {
  const lines = [
    `${title}: ${e.total} utterances, intent ${percent(e.intentCorrect, e.total)}, intent+slots ${percent(e.allCorrect, e.total)}`,
    '',
    `  ${'intent'.padEnd(32)} ${'count'.padStart(6)} ${'intent'.padStart(8)} ${'+slots'.padStart(8)}`,
    ...e.perIntent.map((f) => `  ${f.intent.padEnd(32)} ${String(f.count).padStart(6)} ${percent(f.intentCorrect, f.count).padStart(8)} ${percent(f.allCorrect, f.count).padStart(8)}`),
  ];
  if (e.confusions.length) lines.push('', '  confusions (expected -> got):');
  for (const c of e.confusions) {
    lines.push(`    ${c.expected} -> ${c.got}: ${c.utterances.length}`);
    for (const u of c.utterances) {
      const slots = u.expectedSlots === u.gotSlots ? '' : `  [expected ${u.expectedSlots || 'no slots'}; got ${u.gotSlots || 'no slots'}]`;
      lines.push(`      "${u.utterance}" (${u.source})${slots}`);
    }
  }
  return lines.join('\n');
}

/** The skill id the evaluation's resolutions carry (the corpus compares ids, never authorities). */
const EVALUATION_SKILL_ID = 'amzn1.ask.skill.device-help-desk-nlu';

/** The committed model's resolver, at the corpus's reference moment. */
export function committedModelResolver(locale = 'en-US'): (utterance: string) => Outcome {
  const resolver = SpeechResolver.fromFile(join(MODEL_DIR, `${locale}.json`), EVALUATION_SKILL_ID);
  return (utterance) => outcomeOf(resolver.resolve(utterance, REFERENCE_MOMENT));
}

/** One part of the corpus resolved against the committed model. */
export function evaluateCorpusPart(part: CorpusPart, locale = 'en-US'): Evaluation {
  return evaluate(readCorpus(corpusFile(part, locale)), committedModelResolver(locale));
}
