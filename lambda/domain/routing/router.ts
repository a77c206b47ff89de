import type { Handoff } from '../handoff';
import { recommendChannel, type Channel } from '../support/channel';

export const PRIORITIES = ['HIGH', 'NORMAL'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A chat that waits longer than this is no quicker than a callback. */
export const LONG_CHAT_WAIT_MINUTES = 20;

/** What the router knows when a customer is handed to a person. */
export interface RoutingFacts {
  handoff: Handoff;
  /** The channel the customer asked for, if any. */
  preference?: Channel;
  teamOpenNow: boolean;
  /** Unknown when the queue could not be read. */
  chatWaitMinutes?: number;
  /** The customer already has an open request with the desk. */
  repeatContact: boolean;
}

export interface Routing {
  channel: Channel;
  priority: Priority;
}

/**
 * A package that is late or missing is urgent: the customer is waiting on it right now; so is a charge that
 * may be fraud, while the card can still be protected.
 */
export function isUrgent(handoff: Handoff): boolean {
  return handoff.reason === 'ORDER_LATE' || handoff.reason === 'ORDER_NOT_RECEIVED' || handoff.reason === 'POSSIBLE_FRAUD';
}

/** A diagnosis that ran out of steps needs a person working through it with the customer: a long session. */
export function needsLongSession(handoff: Handoff): boolean {
  return handoff.reason === 'DIAGNOSIS_UNRESOLVED';
}

/** Urgent matters and customers who already have an open request are worked first. */
export function priorityFor(handoff: Handoff, repeatContact: boolean): Priority {
  return isUrgent(handoff) || repeatContact ? 'HIGH' : 'NORMAL';
}

/** The channel and priority for a handoff, by the seed's decision model. */
export function route(facts: RoutingFacts): Routing {
  const { handoff } = facts;
  const urgent = isUrgent(handoff);
  const chatAvailable = facts.teamOpenNow && (facts.chatWaitMinutes === undefined || facts.chatWaitMinutes <= LONG_CHAT_WAIT_MINUTES);
  const channel = recommendChannel({ preference: facts.preference, urgent, longSession: needsLongSession(handoff), chatAvailable });
  return { channel, priority: priorityFor(handoff, facts.repeatContact) };
}
