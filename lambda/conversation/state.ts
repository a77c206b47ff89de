import * as z from 'zod';
import { DiagnosisStateSchema } from '../domain/diagnosis/progress';
import { HandoffSchema } from '../domain/handoff';
import { RoutingStateSchema, WishSchema } from '../domain/routing/session';
import { OrdersStateSchema } from '../domain/orders/session';
import { SpokenPartSchema } from '../speech/spoken-parts';
import { QUESTION_IDS } from './questions';
import { DEVICE_KINDS, SUPPORT_TOPICS } from '../vocabulary/support';

/**
 * The question waiting for an answer: `id` names it in the registry (conversation/questions.ts); `data`
 * carries what the asking area needs to act on the answer, validated by that area.
 */
export const PendingQuestionSchema = z.object({
  id: z.enum(QUESTION_IDS),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type PendingQuestion = z.infer<typeof PendingQuestionSchema>;

/** What the skill learned in this session, kept in session attributes so nothing is asked twice. */
export const SessionStateSchema = z.object({
  topic: z.enum(SUPPORT_TOPICS).optional(),
  deviceKind: z.enum(DEVICE_KINDS).optional(),
  pending: PendingQuestionSchema.optional(),
  /** How many times in a row the pending question was missed, so it is never asked a third time. */
  misses: z.object({ id: z.enum(QUESTION_IDS), count: z.number().int().min(1) }).optional(),
  /** What a person on the team will be handed, once an area has decided the customer needs one. */
  handoff: HandoffSchema.optional(),
  wish: WishSchema.optional(),
  /** The callback or chat being arranged. */
  routing: RoutingStateSchema.optional(),
  orders: OrdersStateSchema.optional(),
  /** A device diagnosis in progress. */
  diagnosis: DiagnosisStateSchema.optional(),
  /** The last thing said, for "repeat that": as data, never as SSML a forged session could fill. */
  last: z.object({ speech: z.array(SpokenPartSchema), reprompt: z.array(SpokenPartSchema) }).optional(),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export type StateParse = { state: SessionState; valid: true } | { state: SessionState; valid: false; issues: string };

/** Session attributes as the skill wrote them last turn; anything else starts a clean state. */
export function parseSessionState(attributes: unknown): StateParse {
  const parsed = SessionStateSchema.safeParse(attributes ?? {});
  if (parsed.success) return { state: parsed.data, valid: true };
  return { state: {}, valid: false, issues: parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ') };
}
