import type { Handoff } from '../handoff';
import type { Priority } from '../routing/router';
import type { Team } from '../support/channel';

/**
 * Callbacks and chats the desk creates for the teams, and their life in the team's queue:
 * PENDING (waiting) → CLAIMED (an agent has it) → RESOLVED | CANCELLED | FAILED (no answer, out of retries).
 * A callback with no answer goes back to PENDING, later, until its attempts run out.
 */
export const CONTACT_STATUSES = ['PENDING', 'CLAIMED', 'RESOLVED', 'CANCELLED', 'FAILED'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const OPEN_STATUSES: ReadonlySet<ContactStatus> = new Set(['PENDING', 'CLAIMED']);

/** Digits only; spoken back masked, never logged. */
export interface PhoneNumber {
  countryCode: string;
  number: string;
}

interface ContactBase {
  id: string;
  team: Team;
  /** The skill-scoped Alexa user id: who may check, move or cancel it. */
  userId: string;
  createdAt: string;
  updatedAt: string;
  status: ContactStatus;
  /** Everything the desk learned, so the agent never asks again. */
  handoff: Handoff;
  /** Urgent matters and repeat contacts are worked first. */
  priority?: Priority;
  claimedBy?: string;
  /** The agent's note with the last outcome. */
  note?: string;
}

export interface CallbackRequest extends ContactBase {
  kind: 'CALLBACK';
  phone: PhoneNumber;
  /** Start of the half-hour slot, as an ISO instant (UTC). */
  scheduledFor: string;
  /** The customer's time zone, to speak the time back in. */
  timeZone: string;
  /** Unanswered calls so far. */
  attempts: number;
  /** The Alexa reminder set for it, to move or delete along with it. */
  reminderAlertToken?: string;
}

export interface ChatRequest extends ContactBase {
  kind: 'CHAT';
  /** Where the customer joins the chat; delivered as a card (and by SMS or email where an adapter does). */
  link: string;
}

export type ContactRequest = CallbackRequest | ChatRequest;

/** What an agent records after working a request. */
export type Outcome = (
  | { kind: 'RESOLVED'; note?: string }
  | { kind: 'CANCELLED'; note?: string }
  | { kind: 'NO_ANSWER'; note?: string }
  | { kind: 'RESCHEDULED'; scheduledFor: string; note?: string }
  /** The agent gives the request back to the queue untouched, for someone else (or later). */
  | { kind: 'RELEASED' }
) & {
  /** The agent recording it: only the one holding the claim may (checked in the same write). */
  agent?: string;
};

export interface RetryPolicy {
  maxAttempts: number;
  retryAfterMinutes: number;
}

/** The request is not in a state that allows the change (claimed by someone else, already finished). */
export class ContactConflictError extends Error {
  constructor(
    readonly id: string,
    readonly status: ContactStatus | 'MISSING',
    detail = `contact ${id} is ${status}`,
  ) {
    super(detail);
    this.name = 'ContactConflictError';
  }
}

/** Time order in a team's queue. */
export function queueOrder(request: ContactRequest): string {
  return request.kind === 'CALLBACK' ? request.scheduledFor : request.createdAt;
}
