import * as z from 'zod';
import { DEVICE_FAMILIES, DEVICE_KINDS } from '../model';
import { SYMPTOM_IDS } from './symptoms';
import { PositionSchema } from './engine';
import { STATUS_CONDITIONS } from './status';

/** The device being diagnosed, with what its status said when the diagnosis began. */
export const DiagnosisDeviceSchema = z.object({
  family: z.enum(DEVICE_FAMILIES),
  kind: z.enum(DEVICE_KINDS),
  /** The account's key for it (Alexa device id or serial); absent for a device the account does not list. */
  key: z.string().optional(),
  model: z.string().optional(),
  name: z.string().optional(),
  /** The name said after "your" when it is the customer's own: "Kindle" for Alex's "Alex's Kindle". */
  ownName: z.string().optional(),
  /** The status in plain words, for the team. */
  status: z.string().optional(),
  conditions: z.array(z.enum(STATUS_CONDITIONS)).default([]),
  daysSinceSync: z.number().optional(),
  batteryPercent: z.number().optional(),
});
export type DiagnosisDevice = z.infer<typeof DiagnosisDeviceSchema>;

/**
 * A diagnosis in progress: kept in the session between turns, and saved to the progress store so a
 * customer who leaves part-way can carry on next time.
 */
export const DiagnosisStateSchema = z.object({
  device: DiagnosisDeviceSchema.optional(),
  symptom: z.enum(SYMPTOM_IDS).optional(),
  /** The customer's own words for the problem ("keeps dropping off the wifi"), for the team. */
  symptomSaid: z.string().max(200).optional(),
  treeId: z.string().optional(),
  position: PositionSchema.optional(),
  /** Keys of the devices offered in "which one?". */
  candidates: z.array(z.string()).optional(),
  /** The customer asked for a person and agreed to one quick fix first: if it does not work, the team takes over. */
  quickFix: z.boolean().optional(),
  /** Answers in a row that fit nothing: the first is rephrased, the second offers the team. */
  misses: z.number().int().min(0).default(0),
});
export type DiagnosisState = z.infer<typeof DiagnosisStateSchema>;

export { DIAGNOSIS_AREA } from './area';
