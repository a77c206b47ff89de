import { BOOKING_HORIZON_DAYS, slotStarts } from '../routing/schedule';
import { teamSettings } from '../routing/teams';
import {
  ContactConflictError,
  OPEN_STATUSES,
  type CallbackRequest,
  type ContactRequest,
  type Outcome,
  type RetryPolicy,
} from './contact';

/** The outcome does not apply to this kind of request (a chat cannot be rescheduled). */
export class UnsupportedOutcomeError extends Error {
  constructor(readonly id: string, readonly outcome: Outcome['kind'], readonly kind: ContactRequest['kind']) {
    super(`${outcome} does not apply to a ${kind.toLowerCase()}`);
    this.name = 'UnsupportedOutcomeError';
  }
}

export const isOpen = (contact: ContactRequest): boolean => OPEN_STATUSES.has(contact.status);

/** A callback still waiting for its call (pending or being worked). */
export const isOpenCallback = (contact: ContactRequest | undefined): contact is CallbackRequest => contact?.kind === 'CALLBACK' && isOpen(contact);

/**
 * A finished callback keeps only the last four digits of the number (what the customer heard read back):
 * enough for the agent's history, useless to anyone else.
 */
export function withoutPersonalData<T extends ContactRequest>(contact: T): T {
  if (contact.kind !== 'CALLBACK' || isOpen(contact)) return contact;
  return { ...contact, phone: { countryCode: contact.phone.countryCode, number: contact.phone.number.slice(-4) } };
}

/** PENDING → CLAIMED by `agent`. */
export function claimed(contact: ContactRequest, agent: string, now: string): ContactRequest {
  if (contact.status !== 'PENDING') throw new ContactConflictError(contact.id, contact.status);
  return { ...contact, status: 'CLAIMED', claimedBy: agent, updatedAt: now };
}

/** The customer cancelled their open callback. */
export function cancelledByCustomer(callback: CallbackRequest, now: string): CallbackRequest {
  return withoutPersonalData({ ...callback, status: 'CANCELLED', updatedAt: now });
}

/** A retry tries this many of the team's slots for one with room. */
const RETRY_SLOTS_TRIED = 48;
const DAY_MS = 86_400_000;

/**
 * The slots an unanswered callback may go back to, soonest first: the team's (on its half-hour grid, in its
 * hours) from the later of the booked time and `now` + the retry delay, so a call tried early never brings
 * the callback forward. Its own slot is among them when that time has not passed.
 */
export function retrySlots(callback: CallbackRequest, policy: RetryPolicy, now: string): string[] {
  const earliest = new Date(Math.max(Date.parse(callback.scheduledFor), Date.parse(now) + policy.retryAfterMinutes * 60_000));
  const slots = slotStarts(teamSettings(callback.team), earliest, new Date(earliest.getTime() + BOOKING_HORIZON_DAYS * DAY_MS));
  return slots.slice(0, RETRY_SLOTS_TRIED).map((slot) => slot.toISOString());
}

/** The first slot with room, or the first of all when every one is full: a retry is never dropped. */
export function firstWithRoom(slots: string[], hasRoom: (slot: string) => boolean): { slot: string; hasRoom: boolean } {
  const free = slots.find(hasRoom);
  return { slot: free ?? slots[0], hasRoom: free !== undefined };
}

/**
 * What an agent's outcome does to a claimed request. A callback with no answer goes back to the queue, on the
 * slot `retrySlot` picks from its `retrySlots`, until `maxAttempts` unanswered calls, then FAILED; a chat the
 * customer never joined is FAILED at once (the customer holds the link, there is nobody to call); only a
 * callback can be rescheduled. A released request goes back to PENDING as it was.
 */
export function afterOutcome(
  contact: ContactRequest,
  outcome: Outcome,
  policy: RetryPolicy,
  now: string,
  retrySlot: (slots: string[]) => string = (slots) => slots[0],
): ContactRequest {
  if (contact.status !== 'CLAIMED') throw new ContactConflictError(contact.id, contact.status);
  if (outcome.agent !== undefined && contact.claimedBy !== outcome.agent) {
    throw new ContactConflictError(contact.id, contact.status, `contact ${contact.id} is claimed by another agent`);
  }
  if (outcome.kind === 'RELEASED') {
    const released: ContactRequest = { ...contact, status: 'PENDING', updatedAt: now };
    delete released.claimedBy;
    return released;
  }
  const base = { ...contact, note: outcome.note, updatedAt: now };
  delete base.claimedBy;
  if (outcome.note === undefined) delete base.note;
  switch (outcome.kind) {
    case 'RESOLVED':
    case 'CANCELLED':
      return withoutPersonalData({ ...base, status: outcome.kind });
    case 'RESCHEDULED':
      if (base.kind !== 'CALLBACK') throw new UnsupportedOutcomeError(contact.id, outcome.kind, contact.kind);
      return { ...base, status: 'PENDING', scheduledFor: outcome.scheduledFor };
    case 'NO_ANSWER': {
      if (base.kind !== 'CALLBACK') return { ...base, status: 'FAILED' };
      const attempts = base.attempts + 1;
      if (attempts >= policy.maxAttempts) return withoutPersonalData({ ...base, attempts, status: 'FAILED' });
      const slots = retrySlots(base, policy, now);
      // A team with no hours in the next two weeks: the callback waits where it is.
      return { ...base, attempts, status: 'PENDING', scheduledFor: slots.length ? retrySlot(slots) : base.scheduledFor };
    }
  }
}
