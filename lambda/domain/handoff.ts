import * as z from 'zod/mini';
import { DEVICE_FAMILIES, ORDER_STATUSES } from './model';
import { CHANNELS, TEAMS } from './support/channel';

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
  device: z.optional(
    z.object({
      family: z.enum(DEVICE_FAMILIES),
      model: z.optional(z.string()),
      name: z.optional(z.string()),
      /** What the device reported, in plain words ("weak Wi-Fi signal; software update pending"). */
      status: z.optional(z.string()),
    }),
  ),
  /** The problem in the knowledge base's terms, and in the customer's own words when they said it. */
  problem: z.optional(z.object({ symptomId: z.string(), description: z.string(), said: z.optional(z.string()) })),
  stepsTried: z._default(z.array(z.object({ stepId: z.string(), instruction: z.string(), answer: z.string() })), []),
  order: z.optional(
    z.object({
      orderId: z.string(),
      item: z.string(),
      status: z.enum(ORDER_STATUSES),
      /** A third-party seller's name: it handles delivery problems first. */
      seller: z.optional(z.string()),
      /** Dates on the customer's calendar ("2026-11-22"), and the carrier's latest word. */
      due: z.optional(z.string()),
      delivered: z.optional(z.string()),
      tracking: z.optional(z.string()),
    }),
  ),
  /** What the customer asked for: the channel and time when they named them, and the request in their words. */
  asked: z.optional(
    z.object({
      channel: z.optional(z.enum(CHANNELS)),
      /** The time they asked to be called, in words ("tomorrow, in the afternoon"). */
      when: z.optional(z.string()),
      /** The request as they put it, as far as Alexa passes words on (the item they named: "echo show"). */
      words: z.optional(z.string()),
    }),
  ),
  /** What the desk found that the team should know, in a few plain words ("past its return window"). */
  finding: z.optional(z.string()),
});
/** The summary the team reads is rendered from these facts by `handoffSummary` (./handoff-summary). */
export type Handoff = z.infer<typeof HandoffSchema>;
