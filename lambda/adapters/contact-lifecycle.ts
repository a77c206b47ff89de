import {
  ContactConflictError,
  OPEN_STATUSES,
  type CallbackRequest,
  type ContactRequest,
  type Outcome,
  type RetryPolicy,
} from '../ports/contact-store';

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

/**
 * What an agent's outcome does to a claimed request. A callback with no answer goes back to the queue
 * `retryAfterMinutes` later until `maxAttempts` unanswered calls, then FAILED; a chat the customer never
 * joined is FAILED at once (the customer holds the link, there is nobody to call); only a callback can be
 * rescheduled. A released request goes back to PENDING as it was.
 */
export function afterOutcome(contact: ContactRequest, outcome: Outcome, policy: RetryPolicy, now: string): ContactRequest {
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
      const retryAt = new Date(Date.parse(now) + policy.retryAfterMinutes * 60_000).toISOString();
      return { ...base, attempts, status: 'PENDING', scheduledFor: retryAt };
    }
  }
}
