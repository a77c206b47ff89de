import { Diagnosis, type Answer, type Position } from '../../../lambda/domain/diagnosis/engine';
import { treeFor } from '../../../lambda/domain/diagnosis/knowledge';
import { TreeSchema } from '../../../lambda/domain/diagnosis/knowledge/schema';
import type { StatusCondition } from '../../../lambda/domain/diagnosis/status';
import type { DeviceFamily } from '../../../lambda/domain/model';
import type { SymptomId } from '../../../lambda/domain/diagnosis/symptoms';

const diagnosisOf = (family: DeviceFamily, symptom: SymptomId, conditions: StatusCondition[] = []) =>
  new Diagnosis(family, treeFor(family, symptom)!, conditions, symptom);

/** Answers in turn from the start; the step ids passed through, and how it ended. */
function run(diagnosis: Diagnosis, answers: Answer[]): { steps: string[]; ending: string } {
  let position: Position = diagnosis.start();
  const steps = [position.stepId];
  for (const answer of answers) {
    const move = diagnosis.answer(position, answer);
    if (move.kind !== 'NEXT') return { steps, ending: move.kind };
    position = move.position;
    steps.push(position.stepId);
  }
  return { steps, ending: 'ON_STEP' };
}

describe('the diagnosis engine', () => {
  it.each<[string, Diagnosis, Answer[], string[], string]>([
    ['a remote with low batteries starts from the batteries, then skips the same step in the tree', diagnosisOf('FIRE_TV', 'REMOTE', ['REMOTE_BATTERY_LOW', 'UPDATE_PENDING']), ['NOT_FIXED', 'NOT_FIXED', 'NOT_FIXED'], ['status.REMOTE_BATTERY_LOW', 'pair', 'restart'], 'ESCALATE'],
    ['a remote with no status starts at the batteries', diagnosisOf('FIRE_TV', 'REMOTE'), ['NOT_FIXED'], ['batteries', 'pair'], 'ON_STEP'],
    ['"it worked" ends at once', diagnosisOf('FIRE_TV', 'REMOTE'), ['NOT_FIXED', 'FIXED'], ['batteries', 'pair'], 'FIXED'],
    ['a yes to an action means it worked', diagnosisOf('FIRE_TV', 'FROZEN'), ['YES'], ['remoteRestart'], 'FIXED'],
    ['a frozen Fire TV with an update waiting installs it first, and passes over the update step later', diagnosisOf('FIRE_TV', 'FROZEN', ['UPDATE_PENDING']), ['NOT_FIXED', 'NOT_FIXED', 'NOT_FIXED'], ['status.UPDATE_PENDING', 'remoteRestart', 'unplug', 'storage'], 'ON_STEP'],
    ['yes and no branch a question', diagnosisOf('ECHO', 'LIGHT_RING'), ['NO', 'NO', 'YES'], ['red', 'orange', 'yellow', 'notifications'], 'ON_STEP'],
    ['skip takes a question\'s no branch', diagnosisOf('ECHO', 'LIGHT_RING'), ['SKIPPED'], ['red', 'orange'], 'ON_STEP'],
    ['skip and already tried move past an action', diagnosisOf('KINDLE', 'FROZEN'), ['SKIPPED', 'ALREADY_TRIED'], ['restart', 'charge', 'oneBook'], 'ON_STEP'],
    ['"it worked" to a question fits no branch', diagnosisOf('ECHO', 'LIGHT_RING'), ['FIXED'], ['red'], 'UNMATCHED'],
    ['"I already tried that" to a question fits no branch', diagnosisOf('ECHO', 'LIGHT_RING'), ['ALREADY_TRIED'], ['red'], 'UNMATCHED'],
    ['two status steps come in the tree\'s order', diagnosisOf('ECHO', 'NOT_UNDERSTANDING', ['UPDATE_PENDING', 'WEAK_WIFI']), ['NOT_FIXED', 'NOT_FIXED'], ['status.WEAK_WIFI', 'status.UPDATE_PENDING', 'placement'], 'ON_STEP'],
    ['a status the tree does not care about is not a step', diagnosisOf('ECHO', 'LIGHT_RING', ['WEAK_WIFI']), [], ['red'], 'ON_STEP'],
    ['a colour the customer said starts at what it means, not at the colour questions', diagnosisOf('ECHO', 'LIGHT_YELLOW'), ['NOT_FIXED'], ['notifications', 'messages'], 'ON_STEP'],
  ])('%s', (_case, diagnosis, answers, steps, ending) => {
    expect(run(diagnosis, answers)).toEqual({ steps, ending });
  });

  it('keeps every answer for the team, the last one included', () => {
    const diagnosis = diagnosisOf('FIRE_TV', 'REMOTE');
    let position = diagnosis.start();
    const answers: Answer[] = ['ALREADY_TRIED', 'SKIPPED'];
    for (const answer of answers) {
      const move = diagnosis.answer(position, answer);
      if (move.kind !== 'NEXT') throw new Error('expected a next step');
      position = move.position;
    }
    expect(diagnosis.answer(position, 'NOT_FIXED')).toEqual({
      kind: 'ESCALATE',
      history: [
        { stepId: 'batteries', answer: 'ALREADY_TRIED' },
        { stepId: 'pair', answer: 'SKIPPED' },
        { stepId: 'restart', answer: 'NOT_FIXED' },
      ],
    });
  });

  it('goes back one step at a time, forgetting the answer, and says so at the start', () => {
    const diagnosis = diagnosisOf('ECHO', 'LIGHT_RING');
    const first = diagnosis.start();
    const second = diagnosis.answer(first, 'NO');
    if (second.kind !== 'NEXT') throw new Error('expected a next step');
    expect(diagnosis.back(second.position)).toEqual(first);
    expect(diagnosis.back(first)).toBeUndefined();
  });

  it('speaks a status step with its condition, and knows the steps it has', () => {
    const diagnosis = diagnosisOf('KINDLE', 'BOOKS_MISSING', ['NOT_SYNCED']);
    expect(diagnosis.step('status.NOT_SYNCED')).toMatchObject({ kind: 'ACTION', status: 'NOT_SYNCED', say: expect.stringContaining('tap Sync') });
    expect(diagnosis.has('sync')).toBe(true);
    expect(diagnosis.has('status.BATTERY_LOW')).toBe(false);
    expect(diagnosis.has('nothing')).toBe(false);
  });

  it('starts a symptom\'s own first step after the status steps', () => {
    const tree = TreeSchema.parse({
      id: 'TWO_WAYS_IN',
      covers: ['LIGHT_RING', 'LIGHT_RED'],
      about: 'the light on {{device}}',
      ifItComesBack: 'ask me again any time you like',
      statusFirst: ['UPDATE_PENDING'],
      start: 'askColour',
      startFor: { LIGHT_RED: 'micOn' },
      steps: [
        { id: 'askColour', kind: 'QUESTION', say: 'Is the light red?', rephrase: 'Is it a red light?', yes: 'micOn', no: 'ESCALATE' },
        { id: 'micOn', kind: 'ACTION', say: 'Press the microphone button once.', next: 'ESCALATE' },
      ],
    });
    expect(run(new Diagnosis('ECHO', tree, ['UPDATE_PENDING'], 'LIGHT_RED'), ['NOT_FIXED'])).toEqual({ steps: ['status.UPDATE_PENDING', 'micOn'], ending: 'ON_STEP' });
    expect(run(new Diagnosis('ECHO', tree, ['UPDATE_PENDING'], 'LIGHT_RING'), ['NOT_FIXED'])).toEqual({ steps: ['status.UPDATE_PENDING', 'askColour'], ending: 'ON_STEP' });
  });

  it('rebuilds a saved diagnosis by tree id and symptom, and refuses a tree that no longer exists', () => {
    expect(Diagnosis.of('FIRE_TV_REMOTE', ['REMOTE_BATTERY_LOW'])?.start().stepId).toBe('status.REMOTE_BATTERY_LOW');
    expect(Diagnosis.of('ECHO_LIGHT_RING', [], 'LIGHT_GREEN')?.start().stepId).toBe('hangUp');
    expect(Diagnosis.of('TOASTER_BURNT', [])).toBeUndefined();
  });
});
