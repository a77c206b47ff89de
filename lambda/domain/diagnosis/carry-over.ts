/**
 * What carries over between the turns of a diagnosis: given what is already known and what the customer
 * just said about the device and the problem, what the diagnosis knows now and what it does next.
 */
import { FAMILY_OF_KIND, type DeviceFamily } from '../model';
import type { DiagnosisDevice, DiagnosisState } from './progress';

type DeviceKind = DiagnosisDevice['kind'];
type SymptomId = NonNullable<DiagnosisState['symptom']>;

/** What this turn said. */
export interface Said {
  /** The device: nothing, one of the kinds the desk supports, or other words (a device the desk does not know, or a name while choosing). */
  device: { kind: 'NONE' } | { kind: 'KIND'; deviceKind: DeviceKind } | { kind: 'OTHER'; spoken: string };
  /** The problem: nothing, a symptom the knowledge base knows (and the customer's words for it), or words it does not understand. */
  symptom: { kind: 'NONE' } | { kind: 'KNOWN'; symptom: SymptomId; spoken: string } | { kind: 'NOT_UNDERSTOOD' };
}

/** What was known before this turn. */
export interface Known {
  /** The diagnosis so far, if any. */
  previous: DiagnosisState | undefined;
  /** A step is under way (the previous diagnosis still fits the knowledge base). */
  underWay: boolean;
  /** The last question was "which one?", among devices of these families. */
  choosing?: { families: DeviceFamily[] };
  /** The kind triage settled on, used when nothing else names one. */
  triageKind?: DeviceKind;
}

export type CarryOver =
  /** Words naming a device the desk does not support. */
  | { next: 'UNSUPPORTED_DEVICE'; spoken: string }
  /** Nothing new about the device or the problem mid-way: the current step again. */
  | { next: 'RESUME_STEP' }
  /**
   * Which device is not known yet: the answer to "which one?" picks among the keys offered (with the kind it
   * named, if any), or the device is looked up (by the kind named, or triage's).
   */
  | { next: 'FIND_DEVICE'; diagnosis: DiagnosisState; familyKind?: DeviceKind; chooseAmong?: { keys: string[]; kind?: DeviceKind }; named?: DeviceKind; symptomNotUnderstood: boolean }
  /** The device is known: on to the symptom and the first step. */
  | { next: 'START_STEPS'; diagnosis: DiagnosisState; familyKind?: DeviceKind; symptomNotUnderstood: boolean };

/**
 * A new problem or a newly named device starts the steps again; what is still true is kept. `familyKind` is
 * the device kind the session knows from now on (so a request for a person goes to its team even before
 * "which one?" is answered).
 */
export function carryOver(known: Known, said: Said): CarryOver {
  const namedKind = said.device.kind === 'KIND' ? said.device.deviceKind : undefined;
  // Another kind of device named to "which one?" ("my Kindle" to "which Echo?") is no choice among those offered: that device, from the start.
  const choosing = known.choosing !== undefined && !(namedKind && !known.choosing.families.includes(FAMILY_OF_KIND[namedKind]));
  if (said.device.kind === 'OTHER' && !choosing) return { next: 'UNSUPPORTED_DEVICE', spoken: said.device.spoken };
  const symptom = said.symptom.kind === 'KNOWN' ? said.symptom : undefined;
  if (!symptom && !namedKind && known.underWay) return { next: 'RESUME_STEP' };

  const previous = known.previous ?? { misses: 0 };
  const symptomNotUnderstood = said.symptom.kind === 'NOT_UNDERSTOOD';
  const diagnosis: DiagnosisState = {
    device: namedKind && !choosing ? undefined : previous.device,
    symptom: symptomNotUnderstood ? undefined : (symptom?.symptom ?? previous.symptom),
    symptomSaid: symptom ? symptom.spoken : previous.symptomSaid,
    candidates: previous.candidates,
    misses: symptom || namedKind ? 0 : previous.misses,
  };
  const familyKind = namedKind && !choosing ? namedKind : undefined;
  if (diagnosis.device) return { next: 'START_STEPS', diagnosis, familyKind, symptomNotUnderstood };
  const chooseAmong = choosing && diagnosis.candidates ? { keys: diagnosis.candidates, kind: namedKind } : undefined;
  return { next: 'FIND_DEVICE', diagnosis, familyKind, chooseAmong, named: namedKind ?? known.triageKind, symptomNotUnderstood };
}
