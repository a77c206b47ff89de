import { getSlotValue, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import * as z from 'zod';
import { isIntent, resolveSlot } from '../conversation/matchers';
import { Turn } from '../conversation/turn';
import type { Handoff } from '../domain/handoff';
import type { Order } from '../domain/model';
import { matchByItem, matchByNumber, namesNoItem } from '../domain/orders/matching';
import { focusOn } from '../domain/orders/session';
import {
  cancelPlan,
  isCancellable,
  likelySubject,
  orderProblem,
  rankOrders,
  recentOrders,
  withinDeliveryGrace,
  type Complaint,
  type OrderProblem,
} from '../domain/orders/rules';
import { AccessDeniedError, OrderNotCancellableError, OrderNotFoundError } from '../ports/backend';
import { deviceTimeZone, sendProgressive } from '../alexa/services';
import { digits, plainText, spokenList, text } from '../speech/ssml';
import { localDate } from '../speech/when';
import { withTimeout } from '../util/timeout';
import { BUILT_IN_INTENTS as B } from '../vocabulary/support';
import { ORDER_INTENTS, ORDER_QUESTIONS as Q, ORDER_SLOTS } from '../vocabulary/orders';
import { linkAccountResponse, requireLinkedAccount } from './account-gate';
import { handOff } from './handoff';
import { orderProblemHandlers } from './order-problems';
import { itemSaid, offerTeam } from './order-problems/common';
import { itemName, orderCardText, orderRef, orderStatus, type OrderSpeechContext } from './order-speech';

/** At most this many orders are read before asking whether to hear more. */
const READ_AT_ONCE = 3;

/** The customer's orders, loaded for this turn, with what speaking about them needs. */
export interface Loaded {
  orders: Order[];
  /** The orders worth reading out (finished long ago left out), most relevant first. */
  recent: Order[];
  speech: OrderSpeechContext;
}

type Loading = { ok: true; loaded: Loaded } | { ok: false; response: Response };

/** Linked account, progressive response, then the bounded backend call; any trouble is answered here. */
export async function loadOrders(turn: Turn): Promise<Loading> {
  const gate = await requireLinkedAccount(turn);
  if (!gate.linked) return { ok: false, response: gate.response };
  turn.state.topic = 'ORDER';
  // The progressive response and the time zone never fail; only the order service can.
  const progressive = sendProgressive(turn, turn.speech('orders.checking'));
  try {
    const [orders, timeZone] = await Promise.all([
      withTimeout(turn.deps.orders.listOrders(gate.accessToken), turn.deps.backendTimeoutMs, 'order list'),
      deviceTimeZone(turn),
    ]);
    await progressive;
    const now = turn.deps.clock.now();
    return { ok: true, loaded: { orders, recent: rankOrders(recentOrders(orders, now), now), speech: { t: turn.speech, now, timeZone } } };
  } catch (error) {
    await progressive;
    return { ok: false, response: backendTrouble(turn, error) };
  }
}

/** The order service refused the token, or is down, slow or talking nonsense: say so, offer the team. */
export function backendTrouble(turn: Turn, error: unknown): Response {
  turn.deps.log.warn('orders backend unavailable', { error: (error as Error).name });
  if (error instanceof AccessDeniedError) return linkAccountResponse(turn, 'BROKEN');
  const t = turn.speech;
  turn.state.handoff = { team: 'ORDERS', reason: 'CUSTOMER_ASKED', stepsTried: [], finding: t('orders.teamFinding.unavailable') };
  turn.state.pending = { id: Q.offerTeam };
  return turn.ask(t('orders.unavailable'), t('orders.unavailableReprompt')).getResponse();
}

/** Closes a piece of news with the desk's standing question. */
export function anythingElse(turn: Turn, before: string): ReturnType<Turn['ask']> {
  return turn.askAnythingElse(`${before} ${turn.speech('orders.anythingElse')}`);
}

export type Named = { kind: 'NONE' } | { kind: 'FOUND'; orders: Order[] } | { kind: 'NOT_FOUND'; by: 'item' | 'number'; spoken: string };

/** The orders the customer named, by the last digits of the number or by the item. */
export function namedOrders(input: HandlerInput, orders: readonly Order[]): Named {
  const number = getSlotValue(input.requestEnvelope, ORDER_SLOTS.orderNumber)?.replace(/\D/g, '');
  if (number) {
    const found = matchByNumber(orders, number);
    return found.length > 0 ? { kind: 'FOUND', orders: found } : { kind: 'NOT_FOUND', by: 'number', spoken: number };
  }
  const item = resolveSlot(input, ORDER_SLOTS.item);
  if (item.kind !== 'EMPTY' && !namesNoItem(item.spoken)) {
    const found = matchByItem(orders, item.spoken);
    return found.length > 0 ? { kind: 'FOUND', orders: found } : { kind: 'NOT_FOUND', by: 'item', spoken: item.spoken };
  }
  return { kind: 'NONE' };
}

function noOrders(turn: Turn): Response {
  return turn.askAnythingElse(turn.speech('orders.noOrders')).getResponse();
}

/** "I couldn't find that": what the customer does have, and how to ask for it. */
export function notFound(turn: Turn, { recent: ranked }: Loaded, named: Extract<Named, { kind: 'NOT_FOUND' }>): Response {
  const t = turn.speech;
  const items = spokenList(ranked.map((o) => text(o.item)), t('core.and'));
  const example = ranked[0].item;
  const said =
    named.by === 'item'
      ? t('orders.notFound.item', { item: named.spoken, items, example })
      : t('orders.notFound.number', { digits: digits(named.spoken), items, example });
  turn.state.pending = { id: Q.which };
  return turn.ask(said, t('orders.notFound.reprompt', { example })).getResponse();
}

/** Reads up to three orders (the rest wait for "hear more"), with a card of what was read. */
function readList(turn: Turn, loaded: Loaded, orders: Order[], intro: boolean): Response {
  const t = turn.speech;
  const now = orders.slice(0, READ_AT_ONCE);
  const rest = orders.slice(READ_AT_ONCE);
  const opening = intro ? [orders.length === 1 ? t('orders.listIntroOne') : t('orders.listIntro')] : [];
  const said = [...opening, ...now.map((o) => orderStatus(o, loaded.speech))].join(' ');
  turn.state.orders = { ...turn.state.orders, unread: rest.map((o) => o.orderId), focus: now.length === 1 ? focusOn(now[0]) : undefined };
  const card = t('orders.cardTitle');
  if (rest.length > 0) {
    turn.state.pending = { id: Q.more };
    const question = rest.length === 1 ? t('orders.moreQuestionOne') : t('orders.moreQuestion', { count: rest.length });
    return turn.ask(`${said} ${question}`, t('orders.moreReprompt')).withSimpleCard(card, orderCardText(now, loaded.speech)).getResponse();
  }
  return anythingElse(turn, said).withSimpleCard(card, orderCardText(now, loaded.speech)).getResponse();
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
function offerHelp(turn: Turn, loaded: Loaded, order: Order, problem: ActionableProblem, said: string[], offer: string): Response {
  const t = turn.speech;
  const card = orderCardText([order], loaded.speech);
  if (problem.sellerFirst) {
    turn.state.handoff = orderHandoff(turn, loaded, order, problem, 'SELLER_UNRESPONSIVE');
    turn.state.pending = { id: Q.sellerSilent, data: { seller: order.seller.name } };
    const seller = order.seller.name;
    return turn
      .ask([...said, t('orders.seller.handlesFirst', { seller }), t('orders.seller.askSilent', { seller })].join(' '), t('orders.seller.askSilentReprompt'))
      .withSimpleCard(t('orders.cardTitle'), card)
      .getResponse();
  }
  turn.state.handoff = orderHandoff(turn, loaded, order, problem, problem.kind === 'LATE' ? 'ORDER_LATE' : 'ORDER_NOT_RECEIVED');
  turn.state.pending = { id: Q.offerTeam };
  return turn.ask([...said, offer].join(' '), t('orders.late.offerReprompt')).withSimpleCard(t('orders.cardTitle'), card).getResponse();
}

/** One order, spoken in full: late and missing orders lead on to their flows, others get a useful hint. */
function explainOrder(turn: Turn, loaded: Loaded, order: Order): Response {
  const t = turn.speech;
  turn.state.orders = { focus: focusOn(order) };
  const said = [t('orders.aboutOrder', { ref: orderRef(order, t) }), orderStatus(order, loaded.speech)];
  const problem = orderProblem(order, loaded.speech.now);
  if (problem.kind === 'LATE') return offerHelp(turn, loaded, order, problem, said, t('orders.late.offerTeam'));
  if (order.status === 'DELIVERED') said.push(t('orders.hints.delivered'));
  if (isCancellable(order)) said.push(t('orders.hints.cancellable'));
  return anythingElse(turn, said.join(' ')).withSimpleCard(t('orders.cardTitle'), orderCardText([order], loaded.speech)).getResponse();
}

/** Several orders or one, by what was found. */
function speakFound(turn: Turn, loaded: Loaded, found: Order[]): Response {
  const ranked = rankOrders(found, loaded.speech.now);
  return ranked.length === 1 ? explainOrder(turn, loaded, ranked[0]) : readList(turn, loaded, ranked, false);
}

/**
 * The customer's orders and the ones this request names; instead, the answer when the orders cannot be read
 * or what was named is not among them.
 */
export async function ordersAskedFor(
  turn: Turn,
  nothingRecent: (loaded: Loaded) => Response = () => noOrders(turn),
): Promise<{ ok: true; loaded: Loaded; named: Exclude<Named, { kind: 'NOT_FOUND' }> } | { ok: false; response: Response }> {
  const loading = await loadOrders(turn);
  if (!loading.ok) return loading;
  const named = namedOrders(turn.input, loading.loaded.orders);
  // With nothing recent, only an order named outright is worth talking about.
  if (named.kind !== 'FOUND' && loading.loaded.recent.length === 0) return { ok: false, response: nothingRecent(loading.loaded) };
  if (named.kind === 'NOT_FOUND') return { ok: false, response: notFound(turn, loading.loaded, named) };
  return { ok: true, loaded: loading.loaded, named };
}

/** "Where's my order", "where is my kindle cover", "order ending in 0003", and triage's order entry. */
export async function readOrders(turn: Turn): Promise<Response> {
  const asked = await ordersAskedFor(turn);
  if (!asked.ok) return asked.response;
  const { loaded, named } = asked;
  if (named.kind === 'FOUND') return speakFound(turn, loaded, named.orders);
  return readList(turn, loaded, loaded.recent, true);
}

/** "My order is late", "my package never arrived": the order meant, and the flow its state calls for. */
async function complain(turn: Turn, complaint: Complaint): Promise<Response> {
  const asked = await ordersAskedFor(turn, (loaded) => noOrderToCheck(turn, loaded, complaint));
  if (!asked.ok) return asked.response;
  const { loaded, named } = asked;
  const t = turn.speech;
  const { now } = loaded.speech;
  const order =
    named.kind === 'FOUND'
      ? (likelySubject(named.orders, now, complaint) ?? rankOrders(named.orders, now)[0])
      : likelySubject(loaded.orders, now, complaint);
  if (!order) {
    const none = complaint === 'LATE' ? t('orders.late.noneLate') : t('orders.notReceived.noneDelivered');
    return anythingElse(turn, `${none} ${orderStatus(loaded.recent[0], loaded.speech)}`).getResponse();
  }
  const problem = orderProblem(order, now);
  if (problem.kind !== 'DELIVERED_NOT_RECEIVED') return explainOrder(turn, loaded, order);
  turn.state.orders = { focus: focusOn(order) };
  const said = [t('orders.aboutOrder', { ref: orderRef(order, t) }), orderStatus(order, loaded.speech), t('orders.notReceived.steps')];
  // Within 48 hours of "delivered" the package may still come: wait first; after that the team can act now.
  const mayStillCome = withinDeliveryGrace(order, now);
  if (mayStillCome) said.push(t('orders.notReceived.wait'));
  const offer = mayStillCome ? t('orders.notReceived.offerTeam') : t('orders.notReceived.pastGrace');
  return offerHelp(turn, loaded, order, problem, said, offer);
}

/** A late or missing order the account has no recent order for: the orders team can look, with what the customer said. */
function noOrderToCheck(turn: Turn, loaded: Loaded, complaint: Complaint): Response {
  const t = turn.speech;
  const words = itemSaid(turn);
  const handoff: Handoff = {
    team: 'ORDERS',
    reason: complaint === 'LATE' ? 'ORDER_LATE' : 'ORDER_NOT_RECEIVED',
    ...(words ? { asked: { words } } : {}),
    stepsTried: [],
    finding: t(loaded.orders.length === 0 ? 'orderProblems.teamFinding.noOrders' : 'orders.teamFinding.noRecentOrders'),
  };
  return offerTeam(turn, handoff, t('orders.noOrderToCheck'));
}

const CancelDataSchema = z.object({ orderId: z.string(), item: z.string() });

/** "Cancel my remote order": only items not yet shipped, and only after a yes. */
async function startCancel(turn: Turn): Promise<Response> {
  const asked = await ordersAskedFor(turn);
  if (!asked.ok) return asked.response;
  const { loaded, named } = asked;
  const t = turn.speech;
  const { now } = loaded.speech;
  const focus = loaded.orders.find((o) => o.orderId === turn.state.orders?.focus?.orderId);
  const candidates = named.kind === 'FOUND' ? rankOrders(named.orders, now) : focus ? [focus] : loaded.recent;
  const cancellable = candidates.filter(isCancellable);
  if (cancellable.length === 1) {
    const order = cancellable[0];
    const item = itemName(order, t);
    turn.state.orders = { focus: focusOn(order) };
    turn.state.pending = { id: Q.confirmCancel, data: { orderId: order.orderId, item: order.item } };
    return turn.ask(t('orders.cancel.confirm', { item, ref: orderRef(order, t) }), t('orders.cancel.confirmReprompt', { item })).getResponse();
  }
  if (cancellable.length > 1) {
    turn.state.pending = { id: Q.which };
    const items = spokenList(cancellable.map((o) => itemName(o, t)), t('core.or'));
    return turn.ask(t('orders.cancel.which', { items }), t('orders.cancel.whichReprompt', { example: cancellable[0].item })).getResponse();
  }
  if (named.kind === 'NONE' && !focus) return anythingElse(turn, t('orders.cancel.nothingToCancel')).getResponse();
  return anythingElse(turn, cannotCancel(turn, candidates[0])).getResponse();
}

/** Why an order cannot be cancelled, and what to do instead. */
function cannotCancel(turn: Turn, order: Order): string {
  const t = turn.speech;
  const item = itemName(order, t);
  switch (cancelPlan(order)) {
    case 'ALREADY_CANCELLED':
      return t('orders.cancel.alreadyCancelled', { item });
    case 'RETURNED':
      return t('orders.cancel.returned', { item });
    default:
      return t('orders.cancel.shipped', { item });
  }
}

/** The yes to "shall I cancel it?": reported done only once the order service has stored it. */
async function confirmCancel(turn: Turn, data: z.infer<typeof CancelDataSchema>): Promise<Response> {
  const t = turn.speech;
  const gate = await requireLinkedAccount(turn);
  if (!gate.linked) return gate.response;
  const item = text(data.item);
  const progressive = sendProgressive(turn, t('orders.cancelling'));
  try {
    const cancelled = await withTimeout(turn.deps.orders.cancelOrder(gate.accessToken, data.orderId), turn.deps.backendTimeoutMs, 'order cancellation');
    await progressive;
    turn.deps.log.info('order cancelled', { orderId: cancelled.orderId });
    const done = t('orders.cancel.done', { item: itemName(cancelled, t), ref: orderRef(cancelled, t) });
    const said = cancelled.seller.thirdParty ? done : `${done} ${t('orders.cancel.notCharged')}`;
    const card = plainText(t('orders.cancel.card', { item: cancelled.item, orderId: cancelled.orderId }));
    return anythingElse(turn, said).withSimpleCard(t('orders.cancel.cardTitle'), card).getResponse();
  } catch (error) {
    await progressive;
    turn.deps.log.warn('order not cancelled', { orderId: data.orderId, error: (error as Error).name });
    if (error instanceof OrderNotCancellableError) return anythingElse(turn, cannotCancel(turn, error.order)).getResponse();
    if (error instanceof OrderNotFoundError) return anythingElse(turn, t('orders.cancel.gone')).getResponse();
    if (error instanceof AccessDeniedError) return linkAccountResponse(turn, 'BROKEN');
    return anythingElse(turn, t('orders.cancel.failed', { item })).getResponse();
  }
}

/** "Hear more" (or yes to it): the orders not yet read, as they stand now. */
async function readMore(turn: Turn): Promise<Response> {
  const unread = turn.state.orders?.unread ?? [];
  if (unread.length === 0) return readOrders(turn);
  const loading = await loadOrders(turn);
  if (!loading.ok) return loading.response;
  const { loaded } = loading;
  const orders = unread.map((id) => loaded.orders.find((o) => o.orderId === id)).filter((o): o is Order => o !== undefined);
  if (orders.length === 0) return anythingElse(turn, turn.speech('orders.nothingMore')).getResponse();
  return readList(turn, loaded, orders, false);
}

const orderIntent = (intent: string, handle: (turn: Turn) => Promise<Response>): RequestHandler => ({
  canHandle: (input) => isIntent(input, intent),
  handle: (input) => handle(Turn.of(input)),
});

/** Yes and no to the questions this area asked. */
const orderAnswer: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && (Turn.of(input).state.pending?.id ?? '').startsWith('orders.'),
  async handle(input) {
    const turn = Turn.of(input);
    const t = turn.speech;
    const pending = turn.state.pending!;
    const yes = isIntent(input, B.yes);
    delete turn.state.pending;
    switch (pending.id) {
      case Q.more:
        return yes ? readMore(turn) : anythingElse(turn, t('orders.okay')).getResponse();
      case Q.confirmCancel: {
        const data = CancelDataSchema.safeParse(pending.data);
        if (!data.success) return startCancel(turn);
        return yes ? confirmCancel(turn, data.data) : anythingElse(turn, t('orders.cancel.kept', { item: data.data.item })).getResponse();
      }
      case Q.offerTeam:
        if (yes && turn.state.handoff) return handOff(turn, turn.state.handoff);
        return anythingElse(turn, t('orders.okay')).getResponse();
      case Q.sellerSilent: {
        if (yes && turn.state.handoff) return handOff(turn, turn.state.handoff);
        const seller = typeof pending.data?.seller === 'string' ? pending.data.seller : t('orders.theSeller');
        return anythingElse(turn, t('orders.seller.contactFirst', { seller })).getResponse();
      }
      case Q.which:
        return yes ? readOrders(turn) : anythingElse(turn, t('orders.okay')).getResponse();
      default:
        return readOrders(turn);
    }
  },
};

/** The orders area's handlers, to be registered before the support entry's. */
export function orderHandlers(): RequestHandler[] {
  return [
    orderIntent(ORDER_INTENTS.status, readOrders),
    orderIntent(ORDER_INTENTS.late, (turn) => complain(turn, 'LATE')),
    orderIntent(ORDER_INTENTS.notReceived, (turn) => complain(turn, 'NOT_RECEIVED')),
    orderIntent(ORDER_INTENTS.cancel, startCancel),
    orderIntent(ORDER_INTENTS.more, readMore),
    ...orderProblemHandlers(),
    orderAnswer,
  ];
}
