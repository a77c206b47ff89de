import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resolution } from '../../lambda/local/speech/resolver';
import { INVOCATION_NAME } from '../en-US';
import type { CorpusEntry } from './corpus';
import { outcomeOf, type Outcome } from './evaluate';

/**
 * The corpus run against the real Alexa: `ask dialog --replay` files, and the comparison of what Alexa
 * resolved (the skill requests saved with `--save-skill-io`) with what the corpus expects.
 */

const ONE_SHOT = `ask ${INVOCATION_NAME} `;
/** Utterances per replay file: small files, so one failed run costs little. */
const PER_FILE = 25;

/**
 * Writes `<dir>/<part>-NN.json` replay files: each utterance is a one-shot ("ask device help desk ...")
 * followed by "stop", so every utterance starts a session of its own; ".quit" ends the file, which is what
 * makes ask dialog write its --save-skill-io file.
 */
export function writeReplayFiles(dir: string, part: string, entries: CorpusEntry[], skillId: string, locale = 'en-US'): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let start = 0; start < entries.length; start += PER_FILE) {
    const userInput = entries.slice(start, start + PER_FILE).flatMap((e) => [`${ONE_SHOT}${e.utterance}`, 'stop']);
    const file = join(dir, `${part}-${String(files.length + 1).padStart(2, '0')}.json`);
    writeFileSync(file, `${JSON.stringify({ skillId, locale, type: 'text', userInput: [...userInput, '.quit'], storage: {} }, null, 2)}\n`);
    files.push(file);
  }
  return files;
}

/** The parts of an `ask dialog --save-skill-io` file read here. */
interface SkillIoFile {
  invocations?: {
    request?: { utterance?: string };
    response?: { body?: { result?: { skillExecutionInfo?: { invocations?: { invocationRequest?: { body?: { request?: Record<string, any> } } }[] } } } };
  }[];
}

/** What Alexa sent the skill for each one-shot utterance, by the utterance (without "ask device help desk"). */
export function readAlexaOutcomes(path: string): Map<string, Outcome> {
  const files = statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f))
    : [path];
  const outcomes = new Map<string, Outcome>();
  for (const file of files) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SkillIoFile;
    for (const invocation of saved.invocations ?? []) {
      const said = invocation.request?.utterance?.trim().toLowerCase();
      if (!said?.startsWith(ONE_SHOT)) continue;
      const request = invocation.response?.body?.result?.skillExecutionInfo?.invocations?.[0]?.invocationRequest?.body?.request;
      // A one-shot Alexa did not send to the skill (it answered itself) is reported as such.
      const resolution: Resolution = request?.type === 'IntentRequest' ? { intent: request.intent.name, slots: request.intent.slots } : { intent: request?.type ?? '(not sent to the skill)' };
      outcomes.set(said.slice(ONE_SHOT.length), outcomeOf(resolution));
    }
  }
  return outcomes;
}
