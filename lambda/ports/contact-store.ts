import type { Team } from '../domain/support/channel';
import type { CallbackRequest, ChatRequest, ContactRequest, Outcome, RetryPolicy } from '../domain/contacts/contact';

export type BookingResult =
  | { outcome: 'BOOKED'; callback: CallbackRequest }
  /** The same Alexa request was retried: nothing new was booked; this is the callback it booked. */
  | { outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST'; callback: CallbackRequest }
  /** One open callback per customer and team: this is the one they have. */
  | { outcome: 'ALREADY_OPEN'; existing: CallbackRequest }
  | { outcome: 'SLOT_FULL' };

export type MoveResult = { outcome: 'MOVED'; callback: CallbackRequest } | { outcome: 'SLOT_FULL' } | { outcome: 'NOT_FOUND' };

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
