import * as z from 'zod';
import { DEVICE_FAMILIES, ORDER_STATUSES } from './model';
import { TEAMS } from './support/channel';

/** Why the customer is being handed to a person. */
export const HANDOFF_REASONS = [
  'CUSTOMER_ASKED',
  'DIAGNOSIS_UNRESOLVED',
  'ORDER_LATE',
  'ORDER_NOT_RECEIVED',
  'SELLER_UNRESPONSIVE',
  /** Damaged, defective, wrong or missing items, returns, refunds and changes the desk could not finish. */
  'ORDER_PROBLEM',
  /** A charge matching no order or subscription: possibly not the customer's. */
  'POSSIBLE_FRAUD',
] as const;

/**
 * Everything the desk learned, handed to the team with a chat or a callback so the customer never
 * repeats themselves. Kept in the session between turns, so it is validated like all session state.
 */
export const HandoffSchema = z.object({
  team: z.enum(TEAMS),
  reason: z.enum(HANDOFF_REASONS),
  device: z
    .object({
      family: z.enum(DEVICE_FAMILIES),
      model: z.string().optional(),
      name: z.string().optional(),
      /** What the device reported, in plain words ("weak Wi-Fi signal; software update pending"). */
      status: z.string().optional(),
    })
    .optional(),
  /** The problem in the knowledge base's terms, and in the customer's own words when they said it. */
  problem: z.object({ symptomId: z.string(), description: z.string(), said: z.string().optional() }).optional(),
  stepsTried: z.array(z.object({ stepId: z.string(), instruction: z.string(), answer: z.string() })).default([]),
  order: z.object({ orderId: z.string(), item: z.string(), status: z.enum(ORDER_STATUSES) }).optional(),
  /** A plain-text paragraph for the agent, written by the area that escalates. */
  summary: z.string(),
});
export type Handoff = z.infer<typeof HandoffSchema>;
