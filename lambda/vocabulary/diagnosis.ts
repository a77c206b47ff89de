/**
 * Names shared by the diagnosis handlers and the interaction model: intents, slots and the symptom ids the
 * knowledge base keys its trees on (the words for each symptom live in the knowledge base itself).
 */
export const DIAGNOSIS_INTENTS = {
  describeProblem: 'DescribeProblemIntent',
  itWorked: 'ItWorkedIntent',
  didNotHelp: 'DidNotHelpIntent',
  alreadyTried: 'AlreadyTriedIntent',
  wait: 'WaitIntent',
  resume: 'ContinueIntent',
} as const;

/** The progress store's area name for a saved diagnosis. */
export const DIAGNOSIS_AREA = 'diagnosis';

/** Built-ins the diagnosis answers: "go back" and "skip". */
export const NAVIGATION_INTENTS = {
  previous: 'AMAZON.PreviousIntent',
  next: 'AMAZON.NextIntent',
} as const;

export const DIAGNOSIS_SLOTS = { device: 'device', symptom: 'symptom' } as const;

export const SYMPTOM_SLOT_TYPE = 'Symptom';

/** What a customer can say is wrong. Family-neutral: "no sound" means one tree on an Echo, another on a Fire TV. */
export const SYMPTOM_IDS = [
  'NOT_RESPONDING',
  'WONT_TURN_ON',
  'OFFLINE',
  'NOT_UNDERSTANDING',
  'BLUETOOTH',
  'LIGHT_RING',
  'NO_SOUND',
  'NO_PICTURE',
  'REMOTE',
  'BUFFERING',
  'APP_CRASHING',
  'FROZEN',
  'NOT_CHARGING',
  'BOOKS_MISSING',
  'SCREEN',
  'BATTERY_DRAIN',
  'WAKES_BY_ITSELF',
  'RESTARTING',
  'SOUND_QUALITY',
  'CAMERA',
  'VIDEO_CALLS',
  'PHOTOS',
  'SLOW',
  'STORAGE_FULL',
  'SCREEN_MIRRORING',
  // A light whose colour the customer said; LIGHT_RING is a light with no colour said.
  'LIGHT_RED',
  'LIGHT_ORANGE',
  'LIGHT_YELLOW',
  'LIGHT_GREEN',
  'LIGHT_BLUE',
  'LIGHT_PURPLE',
  'LIGHT_WHITE',
] as const;
export type SymptomId = (typeof SYMPTOM_IDS)[number];
