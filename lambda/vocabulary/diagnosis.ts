/**
 * Names shared by the diagnosis handlers and the interaction model: intents, slots and the symptom ids the
 * knowledge base keys its trees on (the domain owns them; the words for each symptom live in the knowledge base).
 */
export { SYMPTOM_IDS, type SymptomId } from '../domain/diagnosis/symptoms';

export const DIAGNOSIS_INTENTS = {
  describeProblem: 'DescribeProblemIntent',
  itWorked: 'ItWorkedIntent',
  didNotHelp: 'DidNotHelpIntent',
  alreadyTried: 'AlreadyTriedIntent',
  wait: 'WaitIntent',
  resume: 'ContinueIntent',
} as const;

/** Built-ins the diagnosis answers: "go back" and "skip". */
export const NAVIGATION_INTENTS = {
  previous: 'AMAZON.PreviousIntent',
  next: 'AMAZON.NextIntent',
} as const;

export const DIAGNOSIS_SLOTS = { device: 'device', symptom: 'symptom' } as const;

export const SYMPTOM_SLOT_TYPE = 'Symptom';
