import * as z from 'zod/mini';
import { DiagnosisStateSchema } from '../domain/diagnosis/progress';
import { HandoffSchema } from '../domain/handoff';
import { RoutingStateSchema, WishSchema } from '../domain/routing/session';
import { OrdersStateSchema } from '../domain/orders/session';
import { SpokenPartSchema } from '../speech/spoken-part-schema';
import { QUESTION_IDS } from './questions';
import { DEVICE_KINDS, SUPPORT_TOPICS } from '../vocabulary/support';

/**
 * The question waiting for an answer: `id` names it in the registry (conversation/questions.ts); `data`
 * carries what the asking area needs to act on the answer, validated by that area.
 */
export const PendingQuestionSchema = z.object({
  id: z.enum(QUESTION_IDS),
  data: z.optional(z.record(z.string(), z.unknown())),
});
export type PendingQuestion = z.infer<typeof PendingQuestionSchema>;

/** What the skill learned in this session, kept in session attributes so nothing is asked twice. */
export const SessionStateSchema = z.object({
  topic: z.optional(z.enum(SUPPORT_TOPICS)),
  deviceKind: z.optional(z.enum(DEVICE_KINDS)),
  pending: z.optional(PendingQuestionSchema),
  /** How many times in a row the pending question was missed, so it is never asked a third time. */
  misses: z.optional(z.object({ id: z.enum(QUESTION_IDS), count: z.int().check(z.minimum(1)) })),
  /** What a person on the team will be handed, once an area has decided the customer needs one. */
  handoff: z.optional(HandoffSchema),
  wish: z.optional(WishSchema),
  /** The callback or chat being arranged. */
  routing: z.optional(RoutingStateSchema),
  orders: z.optional(OrdersStateSchema),
  /** A device diagnosis in progress. */
  diagnosis: z.optional(DiagnosisStateSchema),
  /** The last thing said, for "repeat that": as data, never as SSML a forged session could fill. */
  last: z.optional(z.object({ speech: z.array(SpokenPartSchema), reprompt: z.array(SpokenPartSchema) })),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export type StateParse = { state: SessionState; valid: true } | { state: SessionState; valid: false; issues: string };

/** Session attributes as the skill wrote them last turn; anything else starts a clean state. */
export function parseSessionState(attributes: unknown): StateParse {
  const parsed = SessionStateSchema.safeParse(attributes ?? {});
  if (parsed.success) return { state: parsed.data, valid: true };
  return { state: {}, valid: false, issues: parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ') };
}
