import { readFileSync } from 'node:fs';
import { SpeechResolver, type ModelJson } from '../../lambda/local/speech/resolver';
import { MODEL_FILE } from '../support/transcript';

/** Words a customer might say for a slot of each type, to turn a sample into an utterance. */
const BUILT_IN_WORDS: Record<string, string> = {
  'AMAZON.DATE': 'tomorrow',
  'AMAZON.TIME': 'ten am',
  'AMAZON.DURATION': 'ten minutes',
  'AMAZON.NUMBER': 'two',
  'AMAZON.FOUR_DIGIT_NUMBER': 'zero zero zero one',
  'AMAZON.PhoneNumber': 'four two five five five five zero one nine nine',
};

const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelJson;
const resolver = new SpeechResolver(model, 'amzn1.ask.skill.test');
const moment = { now: new Date('2026-12-02T18:00:00Z'), timeZone: 'America/Los_Angeles' };

const { intents, types = [] } = model.interactionModel.languageModel;
const valueWords = new Map(types.map((t) => [t.name, t.values.map((v) => v.name.value)]));

/**
 * A sample said by a customer, each way its slots can be filled: built-in slots with one typical phrase, custom
 * slots with each of their values in turn (the first way is enough unless it collides).
 */
function* sayings(sample: string, slots: { name: string; type: string }[]): Generator<string> {
  const open = /\{(\w+)\}/.exec(sample);
  if (!open) return yield sample;
  const type = slots.find((s) => s.name === open[1])?.type ?? '';
  for (const words of BUILT_IN_WORDS[type] ? [BUILT_IN_WORDS[type]] : (valueWords.get(type) ?? [open[1]])) {
    yield* sayings(sample.replace(open[0], words), slots);
  }
}

/** The intents that claim the words at least as strongly as `intent` does. */
function rivals(intent: string, utterance: string): string[] {
  const claims = resolver.claimants(utterance, moment);
  const own = claims.get(intent) ?? -1;
  return [...claims].filter(([other, literals]) => other !== intent && literals >= own).map(([other]) => other);
}

describe('the interaction model, read as the resolver reads it', () => {
  it('has no sample that another intent claims as strongly, however its slots are filled', () => {
    const conflicts: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples ?? []) {
        let first: { utterance: string; rivals: string[] } | undefined;
        for (const utterance of sayings(sample, intent.slots ?? [])) {
          const found = rivals(intent.name, utterance);
          first ??= { utterance, rivals: found };
          if (found.length === 0) {
            first = undefined;
            break;
          }
        }
        if (first) conflicts.push(`"${first.utterance}" (${intent.name}: ${sample}) is also claimed by ${first.rivals.join(', ')}`);
      }
    }
    expect(conflicts).toEqual([]);
  });
});
