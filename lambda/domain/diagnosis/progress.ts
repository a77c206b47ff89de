import * as z from 'zod/mini';
import { DEVICE_FAMILIES, DEVICE_KINDS } from '../model';
import { SYMPTOM_IDS } from './symptoms';
import { PositionSchema } from './engine';
import { STATUS_CONDITIONS } from './status';

/** The device being diagnosed, with what its status said when the diagnosis began. */
export const DiagnosisDeviceSchema = z.object({
  family: z.enum(DEVICE_FAMILIES),
  kind: z.enum(DEVICE_KINDS),
  /** The account's key for it (Alexa device id or serial); absent for a device the account does not list. */
  key: z.optional(z.string()),
  model: z.optional(z.string()),
  name: z.optional(z.string()),
  /** The name said after "your" when it is the customer's own: "Kindle" for Alex's "Alex's Kindle". */
  ownName: z.optional(z.string()),
  /** The status in plain words, for the team. */
  status: z.optional(z.string()),
  conditions: z._default(z.array(z.enum(STATUS_CONDITIONS)), []),
  daysSinceSync: z.optional(z.number()),
  batteryPercent: z.optional(z.number()),
});
export type DiagnosisDevice = z.infer<typeof DiagnosisDeviceSchema>;

/**
 * A diagnosis in progress: kept in the session between turns, and saved to the progress store so a
 * customer who leaves part-way can carry on next time.
 */
export const DiagnosisStateSchema = z.object({
  device: z.optional(DiagnosisDeviceSchema),
  symptom: z.optional(z.enum(SYMPTOM_IDS)),
  /** The customer's own words for the problem ("keeps dropping off the wifi"), for the team. */
  symptomSaid: z.optional(z.string().check(z.maxLength(200))),
  treeId: z.optional(z.string()),
  position: z.optional(PositionSchema),
  /** Keys of the devices offered in "which one?". */
  candidates: z.optional(z.array(z.string())),
  /** The customer asked for a person and agreed to one quick fix first: if it does not work, the team takes over. */
  quickFix: z.optional(z.boolean()),
  /** Answers in a row that fit nothing: the first is rephrased, the second offers the team. */
  misses: z._default(z.int().check(z.minimum(0)), 0),
});
export type DiagnosisState = z.infer<typeof DiagnosisStateSchema>;

export { DIAGNOSIS_AREA } from './area';
