import type { Response } from 'ask-sdk-model';
import { resolveSlot } from '../../../conversation/matchers';
import type { Turn } from '../../../conversation/turn';
import type { Handoff } from '../../../domain/handoff';
import type { Order } from '../../../domain/model';
import type { OrderProblem } from '../../../domain/orders/rules';
import { focusOn } from '../../../domain/orders/session';
import { sendProgressive } from '../../../alexa/services';
import { plainText } from '../../../speech/ssml';
import { localDate } from '../../../speech/when';
import { withTimeout } from '../../../util/timeout';
import { ORDER_SLOTS } from '../../../vocabulary/orders';
import { requireLinkedAccount } from '../../account-gate';
import { backendTrouble, loadOrders, namedOrders, notFound, type Loaded, type Named } from '../load';
import { orderCardText } from '../speech';

/** The customer's orders, and the ones they named; or the answer when there are none to talk about. */
export type ProblemOrders = { ok: true; loaded: Loaded; named: Exclude<Named, { kind: 'NOT_FOUND' }> } | { ok: false; response: Response };

/** Loads the orders for an order problem: an account with no orders is offered the orders team. */
export async function problemOrders(turn: Turn): Promise<ProblemOrders> {
  const loading = await loadOrders(turn);
  if (!loading.ok) return loading;
  const { loaded } = loading;
  if (loaded.orders.length === 0) return { ok: false, response: offerTeam(turn, teamHandoff(turn, { what: 'noOrders', words: itemSaid(turn) }), turn.speech('orderProblems.noOrders')) };
  const named = namedOrders(turn.input, loaded.orders);
  if (named.kind === 'NOT_FOUND') return { ok: false, response: await notFound(turn, loaded, named) };
  return { ok: true, loaded, named };
}

/** The item as the customer named it ("echo show"), for the team. */
export function itemSaid(turn: Turn): string | undefined {
  const item = resolveSlot(turn.input, ORDER_SLOTS.item);
  return item.kind === 'EMPTY' ? undefined : item.spoken;
}

/** Why the orders team is offered, each with what the desk found for the agent. */
export type TeamReason = 'noOrders' | 'bookDefect' | 'pastClaim' | 'alreadyReturning' | 'refused' | 'notStored' | 'pastWindow' | 'notReturnable' | 'noRefunds' | 'unknownCharge' | 'changeFailed';

export interface TeamAbout {
  what: TeamReason;
  order?: Pick<Order, 'orderId' | 'item' | 'status'>;
  /** The item of the order it is about, when not the order's headline. */
  item?: string;
  /** The request in the customer's words, when Alexa passed any on. */
  words?: string;
  /** What the customer asked for, and what came of it. */
  asked?: string;
  answer?: string;
  fraud?: boolean;
  details?: Record<string, string>;
}

/** What the orders team is handed: the order and item, what the customer asked for, and what happened. */
export function teamHandoff(turn: Turn, about: TeamAbout): Handoff {
  const { order } = about;
  return {
    team: 'ORDERS',
    reason: about.fraud ? 'POSSIBLE_FRAUD' : 'ORDER_PROBLEM',
    ...(order ? { order: { orderId: order.orderId, item: about.item ?? order.item, status: order.status } } : {}),
    ...(about.words ? { asked: { words: about.words } } : {}),
    stepsTried: about.asked ? [{ stepId: about.what, instruction: about.asked, answer: about.answer ?? '' }] : [],
    finding: plainText(turn.speech(`orderProblems.teamFinding.${about.what}`, about.details)),
  };
}

/** Says what happened and offers the orders team; the orders area answers the yes or no. */
export function offerTeam(turn: Turn, handoff: Handoff, said: string): Response {
  turn.state.handoff = handoff;
  turn.state.pending = { id: 'orders.offerTeam' };
  const t = turn.speech;
  return turn.ask(`${said} ${t('orderProblems.offerTeam')}`, t('orders.late.offerReprompt')).getResponse();
}

/** A problem the orders team (or first the seller) can act on. */
type ActionableProblem = Extract<OrderProblem, { kind: 'LATE' | 'DELIVERED_NOT_RECEIVED' }>;

/** Builds what the orders team is handed about one order: its dates, tracking and seller as the customer heard them. */
function orderHandoff(turn: Turn, loaded: Loaded, order: Order, problem: ActionableProblem, reason: 'ORDER_LATE' | 'ORDER_NOT_RECEIVED' | 'SELLER_UNRESPONSIVE'): Handoff {
  const t = turn.speech;
  const day = (at?: Date) => (at ? localDate(at, loaded.speech.timeZone) : undefined);
  return {
    team: 'ORDERS',
    reason,
    order: {
      ...focusOn(order),
      seller: order.seller.thirdParty ? order.seller.name : undefined,
      due: day(order.promisedBy),
      delivered: day(order.deliveredAt),
      tracking: order.latestTracking,
    },
    stepsTried: [],
    finding: problem.kind === 'DELIVERED_NOT_RECEIVED' ? t('orders.teamFinding.notReceived') : reason === 'SELLER_UNRESPONSIVE' ? t('orders.teamFinding.late') : undefined,
  };
}

/** Offers the orders team (or, for a third-party seller, asks whether the seller has gone quiet first). */
export function offerHelp(turn: Turn, loaded: Loaded, order: Order, problem: ActionableProblem, said: string[], offer: string): Response {
  const t = turn.speech;
  const card = orderCardText([order], loaded.speech);
  if (problem.sellerFirst) {
    turn.state.handoff = orderHandoff(turn, loaded, order, problem, 'SELLER_UNRESPONSIVE');
    turn.state.pending = { id: 'orders.sellerSilent', data: { seller: order.seller.name } };
    const seller = order.seller.name;
    return turn
      .ask([...said, t('orders.seller.handlesFirst', { seller }), t('orders.seller.askSilent', { seller })].join(' '), t('orders.seller.askSilentReprompt'))
      .withSimpleCard(t('orders.cardTitle'), card)
      .getResponse();
  }
  turn.state.handoff = orderHandoff(turn, loaded, order, problem, problem.kind === 'LATE' ? 'ORDER_LATE' : 'ORDER_NOT_RECEIVED');
  turn.state.pending = { id: 'orders.offerTeam' };
  return turn.ask([...said, offer].join(' '), t('orders.late.offerReprompt')).withSimpleCard(t('orders.cardTitle'), card).getResponse();
}

/** A write the customer said yes to: `ok` only once the order service answered that it stored it. */
export type Stored<T> = { ok: true; value: T } | { ok: false; error: unknown; response?: Response };

/**
 * Runs one write with the linked account, a progressive response and the backend's time limit. A refusal of
 * the account is answered here; any other failure is the caller's to word, and never reported done.
 */
export async function storeWrite<T>(turn: Turn, what: string, write: (accessToken: string, requestId: string) => Promise<T>): Promise<Stored<T>> {
  const gate = await requireLinkedAccount(turn);
  if (!gate.linked) return { ok: false, error: undefined, response: gate.response };
  const requestId = turn.input.requestEnvelope.request.requestId;
  const progressive = sendProgressive(turn, turn.speech('orderProblems.working'));
  try {
    const value = await withTimeout(write(gate.accessToken, requestId), turn.deps.backendTimeoutMs, what);
    await progressive;
    turn.deps.log.info(`${what} stored`);
    return { ok: true, value };
  } catch (error) {
    await progressive;
    turn.deps.log.warn(`${what} not stored`, { error: (error as Error).name });
    return { ok: false, error };
  }
}

/** A read of returns, charges or saved options, with the same time limit and trouble answers as orders. */
export async function readBackend<T>(turn: Turn, what: string, read: (accessToken: string) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const gate = await requireLinkedAccount(turn);
  if (!gate.linked) return { ok: false, response: gate.response };
  try {
    return { ok: true, value: await withTimeout(read(gate.accessToken), turn.deps.backendTimeoutMs, what) };
  } catch (error) {
    return { ok: false, response: backendTrouble(turn, error) };
  }
}

/** "$29.99", which Alexa reads as dollars and cents. */
export const money = (amount: number): string => `$${amount.toFixed(2)}`;
