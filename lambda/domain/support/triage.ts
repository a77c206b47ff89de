import { FAMILY_OF_KIND, type DeviceFamily, type DeviceKind } from '../model';
import { TOPICS_HANDLED_HERE, type SupportTopic } from './topics';

/** What is known so far about why the customer called. */
export interface TriageFacts {
  topic?: SupportTopic;
  deviceKind?: DeviceKind;
  /** The customer just named a device the desk does not support ("my toaster"), whatever was named before. */
  unsupportedDevice?: string;
  /** The customer asked for a person: once the team is known they go to it, not to self-help. */
  wantsPerson?: boolean;
  /** The customer's own words for the topic ("my refund", "a charge I don't recognise"). */
  topicWords?: string;
}

/** The order problems triage can send a return or payment topic to. */
export type OrderProblemEntry = 'RETURN' | 'REFUND_STATUS' | 'UNKNOWN_CHARGE';

/** What the desk does next. */
export type TriageDecision =
  | { next: 'ASK_TOPIC' }
  | { next: 'ASK_DEVICE' }
  | { next: 'DEVICE_HELP'; family: DeviceFamily; deviceKind: DeviceKind }
  | { next: 'ORDER_HELP' }
  | { next: 'ORDER_PROBLEM_HELP'; problem: OrderProblemEntry }
  | { next: 'TO_TEAM' }
  | { next: 'POINT_ELSEWHERE'; topic: Exclude<SupportTopic, 'ORDER' | 'DEVICE'> }
  | { next: 'UNSUPPORTED_DEVICE'; spoken: string };

/**
 * Where a return or payment topic leads, by the customer's words: a refund asked about to its status, a return
 * to starting one, a charge to the unknown-charge check; other payment questions (cards, billing) go elsewhere.
 */
export function orderProblemEntry(topic: SupportTopic, words = ''): OrderProblemEntry | undefined {
  const w = words.toLowerCase();
  const refundAskedAbout = /\brefunds?\b/.test(w) && !/\bget\b/.test(w);
  if (topic === 'RETURN') return refundAskedAbout ? 'REFUND_STATUS' : 'RETURN';
  if (topic === 'PAYMENT') {
    if (refundAskedAbout) return 'REFUND_STATUS';
    if (/\bcharge/.test(w)) return 'UNKNOWN_CHARGE';
  }
  return undefined;
}

/**
 * Triage as the desk's decision model says: a named device goes to its device team's diagnosis; orders
 * to order help; returns, refunds and charges to the order problems' flows; account, other payment questions
 * and Prime are explained and pointed to where they are done. A customer who asked for a person goes straight
 * to the team once it is known.
 */
export function triage(facts: TriageFacts): TriageDecision {
  if (facts.unsupportedDevice) return { next: 'UNSUPPORTED_DEVICE', spoken: facts.unsupportedDevice };
  if (facts.deviceKind && (facts.topic === undefined || facts.topic === 'DEVICE')) {
    if (facts.wantsPerson) return { next: 'TO_TEAM' };
    return { next: 'DEVICE_HELP', family: FAMILY_OF_KIND[facts.deviceKind], deviceKind: facts.deviceKind };
  }
  switch (facts.topic) {
    case undefined:
      return { next: 'ASK_TOPIC' };
    case 'DEVICE':
      return { next: 'ASK_DEVICE' };
    case 'ORDER':
      return facts.wantsPerson ? { next: 'TO_TEAM' } : { next: 'ORDER_HELP' };
    default: {
      if (TOPICS_HANDLED_HERE.has(facts.topic)) throw new Error(`topic ${facts.topic} has no triage rule`);
      const problem = facts.wantsPerson ? undefined : orderProblemEntry(facts.topic, facts.topicWords);
      return problem ? { next: 'ORDER_PROBLEM_HELP', problem } : { next: 'POINT_ELSEWHERE', topic: facts.topic };
    }
  }
}
