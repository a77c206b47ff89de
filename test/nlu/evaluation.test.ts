import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../../interactionModels/nlu/corpus';
import { committedModelResolver, evaluate, formatEvaluation } from '../../interactionModels/nlu/evaluate';
import { readAlexaOutcomes, writeReplayFiles } from '../../interactionModels/nlu/replay';

const dir = mkdtempSync(join(tmpdir(), 'nlu-'));
const corpusFile = join(dir, 'train.tsv');
writeFileSync(
  corpusFile,
  [
    '# how customers speak',
    "my kindle won't charge\tDescribeProblemIntent\tdevice=KINDLE;symptom=NOT_CHARGING",
    'where is my fire stick\tOrderStatusIntent\titem=FIRE_TV',
    'my number is four two five five five five zero one nine nine\tGivePhoneNumberIntent\tphone=4255550199',
    'yeah\tAMAZON.YesIntent\t',
    'where is my fire stick please\tOrderStatusIntent\titem=FIRE_TV',
    'my echo has no sound\tDescribeProblemIntent\tdevice=ECHO;symptom=?',
  ].join('\n'),
);
const entries = readCorpus(corpusFile);

describe('npm run nlu', () => {
  it('counts an utterance right only when the intent and every slot are', () => {
    const evaluation = evaluate(entries, committedModelResolver());
    expect(evaluation).toMatchObject({ total: 6, intentCorrect: 5, allCorrect: 4 });
    expect(evaluation.perIntent.find((f) => f.intent === 'OrderStatusIntent')).toEqual({ intent: 'OrderStatusIntent', count: 2, intentCorrect: 1, allCorrect: 1 });
    const report = formatEvaluation('train', evaluation);
    expect(report).toContain('train: 6 utterances, intent 83.3%, intent+slots 66.7%');
    expect(report).toContain('OrderStatusIntent -> AMAZON.FallbackIntent: 1\n      "where is my fire stick please" (train.tsv:6)');
    expect(report).toContain('"my echo has no sound" (train.tsv:7)  [expected device=ECHO;symptom=?; got device=ECHO;symptom=NO_SOUND]');
  });

  it('names the line of a corpus entry that does not follow the format', () => {
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'yeah\tAMAZON.YesIntent\nmy kindle\tSupportIntent\tdevice\n');
    expect(() => readCorpus(bad)).toThrow('bad.tsv:2: slot "device" is not name=value');
  });

  it('writes one-shot replay files for ask dialog and reads back what Alexa sent the skill', () => {
    const [file] = writeReplayFiles(join(dir, 'replay'), 'train', entries, 'amzn1.ask.skill.test');
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    expect(replay).toMatchObject({ skillId: 'amzn1.ask.skill.test', locale: 'en-US', type: 'text' });
    expect(replay.userInput.slice(0, 2)).toEqual(["ask device help desk my kindle won't charge", 'stop']);
    expect(replay.userInput.at(-1)).toBe('.quit');

    const intentRequest = (intent: object) => ({ body: { result: { skillExecutionInfo: { invocations: [{ invocationRequest: { body: { request: { type: 'IntentRequest', intent } } } }] } } } });
    const saved = join(dir, 'alexa.json');
    writeFileSync(
      saved,
      JSON.stringify({
        invocations: [
          {
            request: { utterance: "ask device help desk my kindle won't charge" },
            response: intentRequest({
              name: 'DescribeProblemIntent',
              slots: {
                device: { name: 'device', value: 'kindle', resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'kindle', id: 'KINDLE' } }] }] } },
                symptom: { name: 'symptom', value: 'won t charge', resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_NO_MATCH' } }] } },
              },
            }),
          },
          { request: { utterance: 'stop' }, response: intentRequest({ name: 'AMAZON.StopIntent' }) },
        ],
      }),
    );
    const alexa = readAlexaOutcomes(saved);
    expect([...alexa.entries()]).toEqual([["my kindle won't charge", { intent: 'DescribeProblemIntent', slots: { device: 'KINDLE', symptom: '?' } }]]);
    expect(evaluate(entries, (u) => alexa.get(u))).toMatchObject({ total: 1, intentCorrect: 1, allCorrect: 0 });
  });
});
