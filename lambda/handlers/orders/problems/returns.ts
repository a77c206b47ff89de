import type { Response } from 'ask-sdk-model';
import { deviceTimeZone } from '../../../alexa/services';
import { resolveSlot } from '../../../conversation/matchers';
import type { Turn } from '../../../conversation/turn';
import type { ItemReturn } from '../../../domain/model';
import { matchByWords } from '../../../domain/orders/matching';
import { lineNamed, orderLines, rankReturns, refundRoute, returnPlan } from '../../../domain/orders/problems';
import { rankOrders } from '../../../domain/orders/rules';
import { focusOn } from '../../../domain/orders/session';
import { plainText, spokenList, text } from '../../../speech/ssml';
import { spokenDay } from '../../../speech/when';
import { ORDER_SLOTS } from '../../../vocabulary/orders';
import { anythingElse, type Loaded } from '../load';
import { money, offerTeam, problemOrders, readBackend, teamHandoff } from './common';
import type { ItemAsked } from './item-problems';

/** At most this many returns are read at once. */
const READ_AT_ONCE = 3;

/** The spoken item the customer named, if any. */
function spokenItem(turn: Turn): string | undefined {
  const item = resolveSlot(turn.input, ORDER_SLOTS.item);
  return item.kind === 'EMPTY' ? undefined : item.spoken;
}

/** "I want to return my HDMI cable": whether it can go back, until when, and a yes starts it. */
export async function startReturnFlow(turn: Turn): Promise<Response> {
  const asked = await problemOrders(turn);
  if (!asked.ok) return asked.response;
  const { loaded, named } = asked;
  const t = turn.speech;
  const focus = loaded.orders.find((o) => o.orderId === turn.state.orders?.focus?.orderId);
  const spoken = spokenItem(turn);
  const order = named.kind === 'FOUND' ? rankOrders(named.orders, loaded.speech.now).find((o) => o.status === 'DELIVERED') ?? named.orders[0] : focus;
  if (!order) return askWhichItem(turn, loaded);
  const returns = await readBackend(turn, 'return list', (token) => turn.deps.orders.listReturns(token));
  if (!returns.ok) return returns.response;
  turn.state.orders = { focus: focusOn(order) };
  const line = lineNamed(order, spoken);
  const item = text(line.name);
  const day = (at: Date) => spokenDay(at, loaded.speech.now, loaded.speech.timeZone, t);
  const plan = returnPlan(order, line, returns.value, loaded.speech.now);
  switch (plan.kind) {
    case 'ELIGIBLE': {
      const data: ItemAsked = { orderId: order.orderId, lineId: line.lineId, item: line.name, reason: 'NOT_NEEDED' };
      turn.state.pending = { id: 'orderProblem.confirmReturn', data };
      return turn.ask(t('orderProblems.return.eligible', { item, day: day(plan.until) }), t('orderProblems.return.confirmReprompt', { item })).getResponse();
    }
    case 'PAST_WINDOW':
      return offerTeam(turn, teamHandoff(turn, { what: 'pastWindow', order, item: line.name, asked: 'Asked to return the item' }), t('orderProblems.return.pastWindow', { item, day: day(plan.until) }));
    case 'NOT_RETURNABLE':
      return offerTeam(turn, teamHandoff(turn, { what: 'notReturnable', order, item: line.name, asked: 'Asked to return the item' }), t('orderProblems.return.notReturnable', { item }));
    case 'NOT_ARRIVED':
      return anythingElse(turn, plan.cancellable ? t('orderProblems.return.cancelInstead', { item }) : t('orderProblems.return.notYet', { item })).getResponse();
    case 'ALREADY_RETURNING':
      return anythingElse(turn, returnStatus(turn, plan.itemReturn, loaded.speech)).getResponse();
  }
}

/** With no item named, the items that can still go back, and how to ask for one. */
function askWhichItem(turn: Turn, loaded: Loaded): Response {
  const t = turn.speech;
  const { now } = loaded.speech;
  const returnable = loaded.recent
    .filter((o) => o.status === 'DELIVERED')
    .flatMap((o) => orderLines(o).filter((l) => returnPlan(o, l, [], now).kind === 'ELIGIBLE'));
  if (returnable.length === 0) return anythingElse(turn, t('orderProblems.return.nothingReturnable')).getResponse();
  const items = spokenList(returnable.map((l) => text(l.name)), t('core.or'));
  return turn.ask(t('orderProblems.return.which', { items, example: returnable[0].name }), t('orderProblems.return.whichReprompt', { example: returnable[0].name })).getResponse();
}

/** The return is stored: what happens next, the QR code and label in the app and email, the drop-off. */
export async function returnStarted(turn: Turn, itemReturn: ItemReturn): Promise<Response> {
  const t = turn.speech;
  const timeZone = await deviceTimeZone(turn);
  const item = text(itemReturn.item);
  const by = itemReturn.dropOffBy ? t('orderProblems.return.dropOffBy', { day: spokenDay(itemReturn.dropOffBy, turn.deps.clock.now(), timeZone, t) }) : '';
  const said = [t('orderProblems.return.done', { item }), t('orderProblems.return.dropOff'), by, t('orderProblems.return.refundWhen')].filter(Boolean).join(' ');
  const card = plainText(t('orderProblems.return.card', { item: itemReturn.item, orderId: itemReturn.orderId, returnId: itemReturn.returnId }));
  return anythingElse(turn, said).withSimpleCard(t('orderProblems.return.cardTitle'), card).getResponse();
}

/** Where one return and its money stand, by state and, once refunded, by how the money travels. */
function returnStatus(turn: Turn, itemReturn: ItemReturn, { now, timeZone }: Loaded['speech']): string {
  const t = turn.speech;
  const item = text(itemReturn.item);
  const day = (at: Date) => spokenDay(at, now, timeZone, t);
  const { refund } = itemReturn;
  if (itemReturn.state !== 'REFUNDED' || !refund) return t(`orderProblems.refund.${itemReturn.state}`, { item });
  const method = refund.method.lastDigits
    ? t('orderProblems.refund.card', { type: refund.method.type, digits: refund.method.lastDigits.split('').join(' ') })
    : t('orderProblems.refund.balance', { type: refund.method.type });
  const issued = refund.issuedAt ? day(refund.issuedAt) : t('orderProblems.refund.recently');
  const parts = [t('orderProblems.refund.REFUNDED', { item, amount: money(refund.amount), method, day: issued })];
  parts.push(t(`orderProblems.refund.timing.${refundRoute(refund.method)}`));
  if (refund.expectedBy && refund.expectedBy > now) parts.push(t('orderProblems.refund.expectedBy', { day: day(refund.expectedBy) }));
  return parts.join(' ');
}

/** "Where's my refund": each return and refund, money on its way first; none is offered the orders team. */
export async function refundStatus(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const loading = await problemOrders(turn);
  if (!loading.ok) return loading.response;
  const { loaded } = loading;
  const read = await readBackend(turn, 'return list', (token) => turn.deps.orders.listReturns(token));
  if (!read.ok) return read.response;
  const spoken = spokenItem(turn);
  const all = rankReturns(read.value);
  const returns = spoken ? matchByWords(all, (r) => r.item, spoken) : all;
  if (returns.length === 0) {
    const said = spoken ? t('orderProblems.refund.noneFor', { item: text(spoken) }) : t('orderProblems.refund.none');
    return offerTeam(turn, teamHandoff(turn, { what: 'noRefunds', asked: 'Asked where a refund is' }), said);
  }
  const said = returns.slice(0, READ_AT_ONCE).map((r) => returnStatus(turn, r, loaded.speech));
  const card = plainText(said.join('\n'));
  return anythingElse(turn, said.join(' ')).withSimpleCard(t('orderProblems.refund.cardTitle'), card).getResponse();
}

