import type { Handoff } from '../handoff';
import type { DeviceFamily } from '../model';
import type { SymptomId } from './symptoms';
import type { Answer, Diagnosis, Position } from './engine';
import { symptomName } from './knowledge';

/** The device a diagnosis is about, as far as it is known. */
export interface DiagnosedDevice {
  family: DeviceFamily;
  model?: string;
  name?: string;
  /** The status in plain words; absent without a linked account or for a device the account does not list. */
  status?: string;
}

const ANSWER_WORDS: Record<Answer, string> = {
  FIXED: 'fixed it',
  NOT_FIXED: 'did not help',
  YES: 'yes',
  NO: 'no',
  SKIPPED: 'skipped',
  ALREADY_TRIED: 'already tried before the call, did not help',
};

/**
 * What the device team is handed when the desk could not fix it: device, symptom, every step with the
 * customer's answer, and the device status, so the customer never repeats any of it.
 */
export function diagnosisHandoff(input: {
  diagnosis: Diagnosis;
  device: DiagnosedDevice;
  symptom: SymptomId;
  /** The customer's own words for it. */
  said?: string;
  history: Position['history'];
  reason: 'DIAGNOSIS_UNRESOLVED' | 'CUSTOMER_ASKED';
}): Handoff {
  const { diagnosis, device, symptom, said, history, reason } = input;
  const problem = symptomName(symptom);
  const stepsTried = history.map((h) => ({ stepId: h.stepId, instruction: diagnosis.step(h.stepId).say, answer: ANSWER_WORDS[h.answer] }));
  return {
    team: device.family,
    reason,
    device: { family: device.family, model: device.model, name: device.name, status: device.status },
    problem: { symptomId: symptom, description: problem, ...(said ? { said } : {}) },
    stepsTried,
  };
}

/** For the team when the customer's problem is one the desk has no steps for. */
export function unresolvedHandoff(device: DiagnosedDevice): Handoff {
  return {
    team: device.family,
    reason: 'DIAGNOSIS_UNRESOLVED',
    device: { family: device.family, model: device.model, name: device.name, status: device.status },
    stepsTried: [],
  };
}
