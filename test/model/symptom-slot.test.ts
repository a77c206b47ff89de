import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_DIR } from '../../interactionModels/build';
import { withUncontracted, type InteractionModel } from '../../interactionModels/model-types';
import { knowledge } from '../../lambda/domain/diagnosis/knowledge';
import { symptomWords } from '../../interactionModels/en-US/symptom-words';
import { DIAGNOSIS_INTENTS, DIAGNOSIS_SLOTS, SYMPTOM_IDS, SYMPTOM_SLOT_TYPE } from '../../lambda/vocabulary/diagnosis';

const model = JSON.parse(readFileSync(join(MODEL_DIR, 'en-US.json'), 'utf8')) as InteractionModel;
const languageModel = model.interactionModel!.languageModel!;

/** The model and the knowledge base cannot drift: the Symptom type is generated from the knowledge base. */
describe('the Symptom slot type', () => {
  const type = languageModel.types!.find((t) => t.name === SYMPTOM_SLOT_TYPE)!;

  it('has exactly the knowledge base\'s symptom ids and words, contractions also written out', () => {
    expect(type.values!.map((v) => ({ id: v.id, value: v.name!.value, synonyms: v.name!.synonyms }))).toEqual(
      Object.entries(withUncontracted(symptomWords())).map(([id, w]) => ({ id, value: w.value, synonyms: w.synonyms })),
    );
    const remote = type.values!.find((v) => v.id === 'REMOTE')!.name!.synonyms!;
    expect(remote).toEqual(expect.arrayContaining(["the remote doesn't work", 'the remote does not work']));
    expect(type.values!.map((v) => v.id).sort()).toEqual([...SYMPTOM_IDS].sort());
  });

  it.each([
    ['keeps dropping off the wifi', 'OFFLINE'],
    ['flashing yellow', 'LIGHT_YELLOW'],
    ['yellow ring', 'LIGHT_YELLOW'],
    ['a strange light', 'LIGHT_RING'],
    ["won't stop restarting", 'RESTARTING'],
    ['keeps rebooting', 'RESTARTING'],
    ['sound is crackly', 'SOUND_QUALITY'],
    ['crackling', 'SOUND_QUALITY'],
    ['the screen went black', 'NO_PICTURE'],
    ['stuck on the logo', 'FROZEN'],
    ["can't mirror my phone", 'SCREEN_MIRRORING'],
    ['says storage is full', 'STORAGE_FULL'],
    ['running out of space', 'STORAGE_FULL'],
    ["won't turn on", 'WONT_TURN_ON'],
    ['no sound through the tv', 'NO_SOUND'],
  ])('takes the customer\'s "%s" as %s', (words, id) => {
    const value = type.values!.find((v) => v.name!.value === words || v.name!.synonyms!.includes(words));
    expect(value?.id).toBe(id);
  });

  it('covers every symptom a tree answers', () => {
    const ids = new Set(type.values!.map((v) => v.id));
    const covered = Object.values(knowledge()).flatMap((kb) => kb.trees.flatMap((t) => t.covers));
    expect(covered.filter((s) => !ids.has(s))).toEqual([]);
  });

  it('is the symptom slot of the intent customers describe problems with, next to the shared device slot', () => {
    const intent = languageModel.intents!.find((i) => i.name === DIAGNOSIS_INTENTS.describeProblem)!;
    expect(intent.slots).toEqual([
      { name: DIAGNOSIS_SLOTS.device, type: 'DeviceType' },
      { name: DIAGNOSIS_SLOTS.symptom, type: SYMPTOM_SLOT_TYPE },
    ]);
  });
});
