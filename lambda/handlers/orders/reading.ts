/** Reading orders out: the recent ones three at a time, the one the customer named, and "hear more". */
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../conversation/turn';
import type { Order } from '../../domain/model';
import { focusOn } from '../../domain/orders/session';
import { isCancellable, orderProblem, rankOrders } from '../../domain/orders/rules';
import { anythingElse, loadOrders, ordersAskedFor, type Loaded } from './load';
import { offerHelp } from './problems/common';
import { orderCardText, orderRef, orderStatus } from './speech';

/** At most this many orders are read before asking whether to hear more. */
const READ_AT_ONCE = 3;

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
    turn.state.pending = { id: 'orders.more' };
    const question = rest.length === 1 ? t('orders.moreQuestionOne') : t('orders.moreQuestion', { count: rest.length });
    return turn.ask(`${said} ${question}`, t('orders.moreReprompt')).withSimpleCard(card, orderCardText(now, loaded.speech)).getResponse();
  }
  return anythingElse(turn, said).withSimpleCard(card, orderCardText(now, loaded.speech)).getResponse();
}

/** One order, spoken in full: late and missing orders lead on to their flows, others get a useful hint. */
export function explainOrder(turn: Turn, loaded: Loaded, order: Order): Response {
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

/** "Where's my order", "where is my kindle cover", "order ending in 0003", and triage's order entry. */
export async function readOrders(turn: Turn): Promise<Response> {
  const asked = await ordersAskedFor(turn);
  if (!asked.ok) return asked.response;
  const { loaded, named } = asked;
  if (named.kind === 'FOUND') return speakFound(turn, loaded, named.orders);
  return readList(turn, loaded, loaded.recent, true);
}

/** "Hear more" (or yes to it): the orders not yet read, as they stand now. */
export async function readMore(turn: Turn): Promise<Response> {
  const unread = turn.state.orders?.unread ?? [];
  if (unread.length === 0) return readOrders(turn);
  const loading = await loadOrders(turn);
  if (!loading.ok) return loading.response;
  const { loaded } = loading;
  const orders = unread.map((id) => loaded.orders.find((o) => o.orderId === id)).filter((o): o is Order => o !== undefined);
  if (orders.length === 0) return anythingElse(turn, turn.speech('orders.nothingMore')).getResponse();
  return readList(turn, loaded, orders, false);
}

