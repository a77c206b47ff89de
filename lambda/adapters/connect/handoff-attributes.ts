import type { ContactRequest, PhoneNumber } from '../../domain/contacts/contact';
import { handoffHeadline, handoffSummary } from '../../domain/handoff-summary';

/** Connect keeps at most 32 KB of attributes per contact (keys and values, UTF-8); a margin stays free for the flow's own. */
export const ATTRIBUTE_BUDGET_BYTES = 30_000;
/** No single attribute value is longer than this (a summary or an instruction written at length). */
const VALUE_CHARS = 1_000;
/** Connect's limits on a task's name and description. */
const NAME_CHARS = 512;
const DESCRIPTION_CHARS = 4_096;

const bytes = (attributes: Record<string, string>) =>
  Object.entries(attributes).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
/** Room kept for `stepsOmitted` and its count. */
const STEPS_OMITTED_BYTES = 'stepsOmitted'.length + 4;
const cut = (text: string, chars: number) => (text.length <= chars ? text : `${text.slice(0, chars - 1)}…`);

/** The number in E.164, as a flow dials it (`+12065550142`). */
export const e164 = (phone: PhoneNumber): string => `+${phone.countryCode.replace(/\D/g, '')}${phone.number}`;

/**
 * The handoff as contact attributes, in order of importance, so what is trimmed to fit Connect's limit is what
 * matters least: first who and what (the desk's contact id, team, reason, priority, the number to dial),
 * then the device, the problem and the order, then the summary, and last the steps tried, oldest first,
 * as many as fit (`stepsOmitted` says how many did not).
 */
export function handoffAttributes(contact: ContactRequest): Record<string, string> {
  const { handoff } = contact;
  const wanted: [string, string | undefined][] = [
    ['deskContactId', contact.id],
    ['team', contact.team],
    ['reason', handoff.reason],
    ['priority', contact.priority],
    ...(contact.kind === 'CALLBACK' ? ([['customerPhone', e164(contact.phone)], ['callbackAt', contact.scheduledFor], ['customerTimeZone', contact.timeZone]] as [string, string][]) : []),
    ['deviceFamily', handoff.device?.family],
    ['deviceModel', handoff.device?.model],
    ['deviceName', handoff.device?.name],
    ['deviceStatus', handoff.device?.status],
    ['problem', handoff.problem?.description],
    ['orderId', handoff.order?.orderId],
    ['orderItem', handoff.order?.item],
    ['orderStatus', handoff.order?.status],
    ['summary', handoffSummary(handoff)],
  ];
  const attributes: Record<string, string> = {};
  const fits = (key: string, value: string) => bytes(attributes) + Buffer.byteLength(key) + Buffer.byteLength(value) + STEPS_OMITTED_BYTES <= ATTRIBUTE_BUDGET_BYTES;
  for (const [key, value] of wanted) {
    if (value === undefined || value === '') continue;
    if (!fits(key, cut(value, VALUE_CHARS))) break;
    attributes[key] = cut(value, VALUE_CHARS);
  }
  const steps = handoff.stepsTried;
  let kept = 0;
  for (const step of steps) {
    const [key, value] = [`step${kept + 1}`, cut(`${step.instruction} → ${step.answer}`, VALUE_CHARS)];
    if (!fits(key, value)) break;
    attributes[key] = value;
    kept++;
  }
  if (kept < steps.length) attributes.stepsOmitted = String(steps.length - kept);
  return attributes;
}

/** What the agent sees in the task list: "Callback: Kitchen Echo Dot: offline". */
export function taskName(contact: ContactRequest): string {
  return cut(`Callback: ${handoffHeadline(contact.handoff)}`, NAME_CHARS);
}

/** The task's description: the summary, steps tried and their answers included. */
export function taskDescription(contact: ContactRequest): string {
  return cut(handoffSummary(contact.handoff), DESCRIPTION_CHARS);
}
