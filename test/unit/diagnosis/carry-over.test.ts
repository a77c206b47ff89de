import { carryOver, type CarryOver, type Known, type Said } from '../../../lambda/domain/diagnosis/carry-over';
import type { DiagnosisDevice, DiagnosisState } from '../../../lambda/domain/diagnosis/progress';

const kitchenDot: DiagnosisDevice = { family: 'ECHO', kind: 'ECHO', key: 'dot', name: 'Kitchen Echo Dot', conditions: [] };
/** A diagnosis of the Kitchen Echo Dot's Wi-Fi, one step in. */
const underWay: DiagnosisState = {
  device: kitchenDot,
  symptom: 'OFFLINE',
  symptomSaid: 'keeps dropping off the wifi',
  treeId: 'echo-offline',
  position: { stepId: 'restart-router', history: [] },
  misses: 1,
};
/** "Which one?" asked between the Dot and the Show, about a Bluetooth problem. */
const choosing: DiagnosisState = { symptom: 'BLUETOOTH', candidates: ['dot', 'show'], misses: 0 };

const nothingKnown: Known = { previous: undefined, underWay: false };
const stepping: Known = { previous: underWay, underWay: true };
const whichOne: Known = { previous: choosing, underWay: false, choosing: { families: ['ECHO'] } };

const nothing: Said['device'] = { kind: 'NONE' };
const noSymptom: Said['symptom'] = { kind: 'NONE' };
const kind = (deviceKind: 'ECHO' | 'FIRE_TV' | 'KINDLE'): Said['device'] => ({ kind: 'KIND', deviceKind });
const symptom = (id: 'NO_PICTURE' | 'OFFLINE' | 'NOT_CHARGING', spoken: string): Said['symptom'] => ({ kind: 'KNOWN', symptom: id, spoken });

describe('what carries over between the turns of a diagnosis', () => {
  it.each<[string, Known, Said, CarryOver]>([
    [
      'a device the desk does not support is said so',
      nothingKnown,
      { device: { kind: 'OTHER', spoken: 'my toaster' }, symptom: noSymptom },
      { next: 'UNSUPPORTED_DEVICE', spoken: 'my toaster' },
    ],
    [
      'nothing new mid-way: the current step again',
      stepping,
      { device: nothing, symptom: noSymptom },
      { next: 'RESUME_STEP' },
    ],
    [
      'a new problem mid-way keeps the device and starts its steps, misses forgotten',
      stepping,
      { device: nothing, symptom: symptom('NO_PICTURE', 'no picture') },
      { next: 'START_STEPS', diagnosis: { device: kitchenDot, symptom: 'NO_PICTURE', symptomSaid: 'no picture', misses: 0 }, symptomNotUnderstood: false },
    ],
    [
      'a newly named device mid-way is looked up again, the problem kept, and its family known at once',
      stepping,
      { device: kind('FIRE_TV'), symptom: noSymptom },
      {
        next: 'FIND_DEVICE',
        diagnosis: { symptom: 'OFFLINE', symptomSaid: 'keeps dropping off the wifi', misses: 0 },
        familyKind: 'FIRE_TV',
        named: 'FIRE_TV',
        symptomNotUnderstood: false,
      },
    ],
    [
      'words for the problem that are not understood forget the old symptom, and keep the misses',
      { previous: { device: kitchenDot, symptom: 'OFFLINE', misses: 1 }, underWay: false },
      { device: nothing, symptom: { kind: 'NOT_UNDERSTOOD' } },
      { next: 'START_STEPS', diagnosis: { device: kitchenDot, symptom: undefined, misses: 1 }, symptomNotUnderstood: true },
    ],
    [
      'a first problem with no device: looked up with the kind triage settled on',
      { ...nothingKnown, triageKind: 'KINDLE' },
      { device: nothing, symptom: symptom('NOT_CHARGING', "won't charge") },
      { next: 'FIND_DEVICE', diagnosis: { symptom: 'NOT_CHARGING', symptomSaid: "won't charge", misses: 0 }, named: 'KINDLE', symptomNotUnderstood: false },
    ],
    [
      'a kind said outright wins over triage',
      { ...nothingKnown, triageKind: 'KINDLE' },
      { device: kind('ECHO'), symptom: noSymptom },
      { next: 'FIND_DEVICE', diagnosis: { misses: 0 }, familyKind: 'ECHO', named: 'ECHO', symptomNotUnderstood: false },
    ],
    [
      'a name in answer to "which one?" picks among the devices offered, not an unsupported device',
      whichOne,
      { device: { kind: 'OTHER', spoken: 'the kitchen one' }, symptom: noSymptom },
      { next: 'FIND_DEVICE', diagnosis: choosing, chooseAmong: { keys: ['dot', 'show'] }, symptomNotUnderstood: false },
    ],
    [
      'a kind in answer to "which one?" narrows the choice and is not yet the family',
      whichOne,
      { device: kind('ECHO'), symptom: noSymptom },
      { next: 'FIND_DEVICE', diagnosis: choosing, chooseAmong: { keys: ['dot', 'show'], kind: 'ECHO' }, named: 'ECHO', symptomNotUnderstood: false },
    ],
    [
      'another kind of device in answer to "which one?" is no choice among them: that device, from the start, the problem kept',
      whichOne,
      { device: kind('KINDLE'), symptom: noSymptom },
      { next: 'FIND_DEVICE', diagnosis: { symptom: 'BLUETOOTH', candidates: ['dot', 'show'], misses: 0 }, familyKind: 'KINDLE', named: 'KINDLE', symptomNotUnderstood: false },
    ],
  ])('%s', (_name, known, said, expected) => {
    expect(carryOver(known, said)).toEqual(expected);
  });
});
