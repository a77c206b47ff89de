import type { Handoff } from '../domain/handoff';
import type { Priority } from '../domain/routing/router';
import type { Team } from '../domain/support/channel';

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

export type BookingResult =
  | { outcome: 'BOOKED'; callback: CallbackRequest }
  /** The same Alexa request was retried: nothing new was booked; this is the callback it booked. */
  | { outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST'; callback: CallbackRequest }
  /** One open callback per customer and team: this is the one they have. */
  | { outcome: 'ALREADY_OPEN'; existing: CallbackRequest }
  | { outcome: 'SLOT_FULL' };

export type MoveResult = { outcome: 'MOVED'; callback: CallbackRequest } | { outcome: 'SLOT_FULL' } | { outcome: 'NOT_FOUND' };

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

/**
 * Durable storage of callbacks and chats. Uniqueness (one open callback per customer and team, one
 * booking per Alexa request id) and slot capacity are enforced by the store itself, atomically, so
 * concurrent and retried requests never book twice.
 */
export interface ContactStore {
  /**
   * Answers within `budgetMs` (when given) with what certainly happened: throws StoreUnavailableError only
   * when nothing was stored, and BookingOutcomeUnknownError when it could not find out in time.
   */
  bookCallback(callback: CallbackRequest, options: { requestId: string; slotCapacity: number; budgetMs?: number }): Promise<BookingResult>;
  /** The customer's open callbacks, soonest first. */
  openCallbacks(userId: string): Promise<CallbackRequest[]>;
  moveCallback(userId: string, id: string, scheduledFor: string, options: { slotCapacity: number }): Promise<MoveResult>;
  /** Cancelled by the customer; false when there was no such open callback. */
  cancelCallback(userId: string, id: string): Promise<boolean>;
  /** Remembers the reminder set for a callback. */
  setReminder(userId: string, id: string, alertToken: string): Promise<void>;
  /** Callbacks booked into a team's half-hour slot. */
  bookedInSlot(team: Team, slotStart: string): Promise<number>;
  /** Idempotent by request id: a retried request returns the chat it created. Answers like bookCallback. */
  createChat(chat: ChatRequest, options: { requestId: string; budgetMs?: number }): Promise<ChatRequest>;
  /** A team's open requests (pending and claimed) in time order: callbacks by slot, chats by creation. */
  queue(team: Team): Promise<ContactRequest[]>;
  get(team: Team, id: string): Promise<ContactRequest | undefined>;
  /** PENDING → CLAIMED; throws ContactConflictError when it is not pending any more. */
  claim(team: Team, id: string, agent: string): Promise<ContactRequest>;
  /** Records an outcome on a claimed request; throws ContactConflictError when it is not claimed. */
  recordOutcome(team: Team, id: string, outcome: Outcome, policy: RetryPolicy, now: string): Promise<ContactRequest>;
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

/** The store could not be reached or refused the write (throttled, timed out, failed). */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`store unavailable: ${reason}`);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A write went out and no answer came back (a timeout, a lost connection), and the store could not find out
 * within its budget whether it was applied: the booking may or may not exist.
 */
export class BookingOutcomeUnknownError extends Error {
  constructor(readonly reason: string) {
    super(`booking outcome unknown: ${reason}`);
    this.name = 'BookingOutcomeUnknownError';
  }
}

/** Time order in a team's queue. */
export function queueOrder(request: ContactRequest): string {
  return request.kind === 'CALLBACK' ? request.scheduledFor : request.createdAt;
}
