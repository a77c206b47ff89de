/**
 * The one rendering of a handoff for the team: a headline for lists and task names, and a summary in plain
 * sentences that reads the same spoken to an agent (Connect's attributes) and shown in the console.
 * Pure, with no zod, so the console bundles it too.
 */
import type { Handoff } from './handoff';
import { FAMILY_NAMES, type OrderStatus } from './model';

type Reason = Handoff['reason'];

/** "an Echo", "a Fire TV": the article a name takes when spoken. */
export const withArticle = (name: string): string => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;

const ORDER_STATUS_WORDS: Record<OrderStatus, string> = {
  ORDERED: 'ordered, not shipped yet',
  PREPARING: 'being prepared',
  SHIPPED: 'shipped',
  OUT_FOR_DELIVERY: 'out for delivery',
  DELIVERED: 'delivered',
  DELAYED: 'delayed',
  CANCELLED: 'cancelled',
  RETURNED: 'returned',
  REFUNDED: 'refunded',
};

/** Why the customer is handed over, as a sentence; some depend on whether steps were tried or an order is known. */
function why(handoff: Handoff): string {
  const tried = handoff.stepsTried.length > 0;
  const sentences: Record<Reason, string> = {
    CUSTOMER_ASKED: handoff.device && tried ? 'The customer asked for a person before the steps were finished.' : 'The customer asked for a person.',
    DIAGNOSIS_UNRESOLVED: tried ? 'None of the steps fixed it.' : 'The desk has no troubleshooting steps for it.',
    ORDER_LATE: handoff.order ? 'The customer asked for help with the late delivery.' : 'The customer says an order is late.',
    ORDER_NOT_RECEIVED: handoff.order ? 'The customer asked for help with the missing package.' : 'The customer says an order never arrived.',
    SELLER_UNRESPONSIVE: 'The third-party seller has not answered the customer within two business days.',
    ORDER_PROBLEM: 'An order problem the desk could not finish.',
    POSSIBLE_FRAUD: 'Possible fraud: a charge the customer does not recognise.',
  };
  return sentences[handoff.reason];
}

/** The device by the customer's name for it, or by its family when the account does not list it. */
function deviceName(device: NonNullable<Handoff['device']>): string {
  return device.name ?? withArticle(device.model ?? FAMILY_NAMES[device.family]);
}

/** What it is about, in a few words: "Kitchen Echo Dot: offline", "Order 114-0000001-0000001: Kindle Paperwhite cover". */
export function handoffHeadline(handoff: Handoff): string {
  const { device, problem, order } = handoff;
  if (device) return `${capitalised(deviceName(device))}${problem ? `: ${problem.description}` : ''}`;
  if (order) return `Order ${order.orderId}: ${order.item}`;
  return why(handoff).replace(/\.$/, '');
}

/** Everything the desk learned, as sentences: what it is about, in the customer's words, what was tried, why, and what they asked for. */
export function handoffSummary(handoff: Handoff): string {
  const { device, problem, order, asked, finding } = handoff;
  const sentences: string[] = [];
  if (device) {
    const which = device.name ? `${device.name}${device.model ? `, ${withArticle(device.model)}` : ''}` : `${capitalised(deviceName(device))}, not identified on the account`;
    sentences.push(`${which}: ${problem ? problem.description : 'no problem named yet'}.`);
  }
  if (order) {
    const facts = [ORDER_STATUS_WORDS[order.status], order.seller && `sold by ${order.seller}`, order.due && `due ${order.due}`, order.delivered && `delivered ${order.delivered}`, order.tracking && `latest tracking: ${order.tracking}`];
    sentences.push(`Order ${order.orderId}, ${order.item}: ${facts.filter(Boolean).join('; ')}.`);
  }
  sentences.push(why(handoff));
  for (const words of [problem?.said, asked?.words]) if (words) sentences.push(`In the customer's words: "${words}".`);
  if (device) sentences.push(`Device status: ${device.status ?? 'not available'}.`);
  if (finding) sentences.push(`${capitalised(finding)}.`);
  if (handoff.stepsTried.length) sentences.push(`Tried: ${handoff.stepsTried.map((s, i) => `${i + 1}. ${sentence(s.instruction)}${s.answer ? ` Answer: ${s.answer}.` : ''}`).join(' ')}`);
  else if (device) sentences.push('No steps tried yet.');
  const wants = asked?.channel ? (asked.channel === 'CHAT' ? 'a chat' : 'a callback') : asked?.when ? 'a callback' : undefined;
  if (wants) sentences.push(`They asked for ${wants}${asked?.when ? `, ${asked.when}` : ''}.`);
  return sentences.join(' ');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Ends with a full stop unless it already ends a sentence. */
const sentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
