import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus of how customers speak (format in interactionModels/corpus/README.md). */
export const CORPUS_DIR = join(__dirname, '..', 'corpus');

export type CorpusPart = 'train' | 'holdout';
export const CORPUS_PARTS: CorpusPart[] = ['train', 'holdout'];

/** The moment the corpus's dates and times are said: Wednesday 2 December 2026, 10:00 in Los Angeles. */
export const REFERENCE_MOMENT = { now: new Date('2026-12-02T18:00:00Z'), timeZone: 'America/Los_Angeles' };

/** One utterance and what Alexa should make of it. */
export interface CorpusEntry {
  utterance: string;
  intent: string;
  /** Slot name to value id (custom types), Alexa's value (built-in types), or "?" for words Alexa cannot resolve. */
  slots: Record<string, string>;
  /** Where it is written, for messages: "train.tsv:12". */
  source: string;
}

export function corpusFile(part: CorpusPart, locale = 'en-US'): string {
  return join(CORPUS_DIR, locale, `${part}.tsv`);
}

export function corpusExists(part: CorpusPart, locale = 'en-US'): boolean {
  return existsSync(corpusFile(part, locale));
}

/** The entries of a corpus file; a line that does not follow the format is an error naming it. */
export function readCorpus(file: string): CorpusEntry[] {
  const name = file.split(/[\\/]/).pop();
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.replace(/\r$/, ''), source: `${name}:${index + 1}` }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'))
    .map(({ line, source }) => {
      const [utterance, intent, slots = ''] = line.split('\t');
      if (!utterance?.trim() || !intent?.trim()) throw new Error(`${source}: expected "utterance<TAB>intent<TAB>slots", got "${line}"`);
      const pairs = slots.split(';').map((p) => p.trim()).filter(Boolean).map((pair) => {
        const [slot, value] = pair.split('=').map((s) => s?.trim());
        if (!slot || !value) throw new Error(`${source}: slot "${pair}" is not name=value`);
        return [slot, value];
      });
      return { utterance: utterance.trim(), intent: intent.trim(), slots: Object.fromEntries(pairs), source };
    });
}
