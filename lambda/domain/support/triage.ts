import type { DeviceFamily } from '../model';
import { FAMILY_OF_KIND, TOPICS_HANDLED_HERE, type DeviceKind, type SupportTopic } from '../../vocabulary/support';

/** What is known so far about why the customer called. */
export interface TriageFacts {
  topic?: SupportTopic;
  deviceKind?: DeviceKind;
  /** The customer named a device the desk does not support ("my toaster"). */
  unsupportedDevice?: string;
  /** The customer asked for a person: once the team is known they go to it, not to self-help. */
  wantsPerson?: boolean;
}

/** What the desk does next. */
export type TriageDecision =
  | { next: 'ASK_TOPIC' }
  | { next: 'ASK_DEVICE' }
  | { next: 'DEVICE_HELP'; family: DeviceFamily; deviceKind: DeviceKind }
  | { next: 'ORDER_HELP' }
  | { next: 'TO_TEAM' }
  | { next: 'POINT_ELSEWHERE'; topic: Exclude<SupportTopic, 'ORDER' | 'DEVICE'> }
  | { next: 'UNSUPPORTED_DEVICE'; spoken: string };

/**
 * Triage as the desk's decision model says: a named device goes to its device team's diagnosis; orders
 * to order help; account, payments, Prime and returns are explained and pointed to where they are done.
 * A customer who asked for a person goes straight to the team once it is known.
 */
export function triage(facts: TriageFacts): TriageDecision {
  if (facts.unsupportedDevice && !facts.deviceKind) return { next: 'UNSUPPORTED_DEVICE', spoken: facts.unsupportedDevice };
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
    default:
      if (TOPICS_HANDLED_HERE.has(facts.topic)) throw new Error(`topic ${facts.topic} has no triage rule`);
      return { next: 'POINT_ELSEWHERE', topic: facts.topic };
  }
}
