import { handoffHeadline } from '../lambda/domain/handoff-summary';
import type { ContactRequest, Session } from './api';
import { clock, span } from './time';

/** The customer's device, or what the request is about, in a few words: the headline of the handoff's summary. */
export const headline = (contact: ContactRequest): string => handoffHeadline(contact.handoff);

/** When it is due (a callback) or was asked for (a chat). */
export const dueAt = (contact: ContactRequest) => (contact.kind === 'CALLBACK' ? contact.scheduledFor : contact.createdAt);

/** A pending callback whose time has passed. */
export const isOverdue = (contact: ContactRequest, now: number) => contact.kind === 'CALLBACK' && contact.status === 'PENDING' && Date.parse(contact.scheduledFor) < now;

/** Due in the agent's time and, for a callback, the customer's. */
export function Due({ contact }: { contact: ContactRequest }) {
  if (contact.kind === 'CHAT') return <span>Chat asked for {clock(contact.createdAt)}</span>;
  return (
    <span>
      <time dateTime={contact.scheduledFor}>{clock(contact.scheduledFor)}</time>
      <span class="customer-time">Customer: {clock(contact.scheduledFor, contact.timeZone)}</span>
    </span>
  );
}

/** How long until it is due, or how long it has waited; overdue callbacks marked. */
export function Wait({ contact, now }: { contact: ContactRequest; now: number }) {
  const due = Date.parse(dueAt(contact));
  const tries = contact.kind === 'CALLBACK' && contact.attempts > 0 ? ` · ${contact.attempts} unanswered` : '';
  if (isOverdue(contact, now)) return <span class="badge overdue">Overdue by {span(now - due)}{tries}</span>;
  if (contact.kind === 'CHAT') return <span>Waiting {span(now - due)}</span>;
  return <span>{due > now ? `In ${span(due - now)}` : `Due ${span(now - due)} ago`}{tries}</span>;
}

export function Priority({ contact }: { contact: ContactRequest }) {
  return contact.priority === 'HIGH' ? <span class="badge high">High priority</span> : <span>Normal</span>;
}

const STATUS_WORDS: Record<ContactRequest['status'], string> = {
  PENDING: 'Waiting',
  CLAIMED: 'Claimed',
  RESOLVED: 'Resolved',
  CANCELLED: 'Cancelled',
  FAILED: 'Failed',
};

export function Status({ contact, session }: { contact: ContactRequest; session: Session }) {
  if (contact.status !== 'CLAIMED') return <span>{STATUS_WORDS[contact.status]}</span>;
  return <span>{contact.claimedBy === session.agent ? 'Claimed by you' : `Claimed by ${contact.claimedBy}`}</span>;
}
