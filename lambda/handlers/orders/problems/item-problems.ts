import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { resolveSlot } from '../../../conversation/matchers';
import type { Turn } from '../../../conversation/turn';
import type { ItemReturn, Order, OrderLine, ReturnReason } from '../../../domain/model';
import { deviceTimeZone } from '../../../alexa/services';
import { deviceKindOfItem, itemProblemPlan, lineArrived, lineNamed, type ItemComplaint } from '../../../domain/orders/problems';
import { rankOrders } from '../../../domain/orders/rules';
import { focusOn } from '../../../domain/orders/session';
import { ItemNotReturnableError } from '../../../ports/backend';
import { plainText, text } from '../../../speech/ssml';
import { spokenDay } from '../../../speech/when';
import { ORDER_SLOTS } from '../../../vocabulary/orders';
import { orderRef, orderStatus } from '../speech';
import { anythingElse, type Loaded } from '../load';
import { offerTeam, problemOrders, readBackend, storeWrite, teamHandoff } from './common';
import { returnStarted } from './returns';

/** What a yes to a replacement, refund or troubleshooting acts on. */
export const ItemAskedSchema = z.object({
  orderId: z.string(),
  lineId: z.string(),
  item: z.string(),
  reason: z.enum(['DAMAGED', 'DEFECTIVE', 'WRONG_ITEM', 'MISSING', 'NOT_NEEDED']),
});
export type ItemAsked = z.infer<typeof ItemAskedSchema>;

/** The order a complaint is about: the one named, else the one last spoken about, else the latest arrival. */
function subject(turn: Turn, loaded: Loaded, named: Order[] | undefined, complaint: ItemComplaint): Order | undefined {
  const { now } = loaded.speech;
  const focus = loaded.orders.find((o) => o.orderId === turn.state.orders?.focus?.orderId);
  const candidates = named ?? (focus ? [focus] : loaded.orders);
  const spoken = resolveSlot(turn.input, ORDER_SLOTS.item);
  const hasCome = (o: Order) => {
    const line = lineNamed(o, spoken.kind === 'EMPTY' ? undefined : spoken.spoken);
    return complaint === 'MISSING' ? o.status === 'DELIVERED' || lineArrived(o, line) : lineArrived(o, line);
  };
  const ranked = rankOrders(candidates, now);
  return ranked.find(hasCome) ?? (named || focus ? ranked[0] : undefined);
}

/** "The echo dot I got is broken", "they sent the wrong cable", "my batteries were missing": the help pages' answer. */
export async function itemProblem(turn: Turn, complaint: ItemComplaint): Promise<Response> {
  const asked = await problemOrders(turn);
  if (!asked.ok) return asked.response;
  const { loaded, named } = asked;
  const t = turn.speech;
  const order = subject(turn, loaded, named.kind === 'FOUND' ? named.orders : undefined, complaint);
  if (!order) return anythingElse(turn, t('orderProblems.nothingDelivered')).getResponse();
  const item = resolveSlot(turn.input, ORDER_SLOTS.item);
  const line = lineNamed(order, item.kind === 'EMPTY' ? undefined : item.spoken);
  const returns = await readBackend(turn, 'return list', (token) => turn.deps.orders.listReturns(token));
  if (!returns.ok) return returns.response;
  const troubleshot = turn.state.orders?.troubleshot ?? [];
  turn.state.orders = { focus: focusOn(order), troubleshot };
  return planFor(turn, loaded, order, line, complaint, returns.value, troubleshot.includes(order.orderId));
}

function planFor(turn: Turn, loaded: Loaded, order: Order, line: OrderLine, complaint: ItemComplaint, returns: ItemReturn[], troubleshootingDeclined: boolean): Response {
  const t = turn.speech;
  const { now, timeZone } = loaded.speech;
  const name = text(line.name);
  const data: ItemAsked = { orderId: order.orderId, lineId: line.lineId, item: line.name, reason: complaint };
  const plan = itemProblemPlan(complaint, order, line, returns, now, { troubleshootingDeclined });
  const sorry = t(`orderProblems.sorry.${complaint}`, { item: name, ref: orderRef(order, t) });
  switch (plan.kind) {
    case 'NOT_ARRIVED':
      return anythingElse(turn, `${t('orderProblems.notArrived')} ${orderStatus(order, loaded.speech)}`).getResponse();
    case 'SHIPS_SEPARATELY': {
      const shipment = line.shipment!;
      const day = shipment.expectedBy ? spokenDay(shipment.expectedBy, now, timeZone, t) : undefined;
      const said = t('orderProblems.shipsSeparately', { item: name, carrier: shipment.carrier ?? t('orderProblems.theCarrier') });
      const when = day ? t('orderProblems.separateArrives', { day }) : t('orderProblems.separateNoDate');
      return anythingElse(turn, `${said} ${when} ${t('orderProblems.separateIfNot')}`).getResponse();
    }
    case 'BOOK_VARIANCE':
      return offerTeam(turn, teamHandoff(turn, { what: 'bookDefect', order, item: line.name, asked: 'Book reported defective' }), `${sorry} ${t('orderProblems.bookVariance')}`);
    case 'TROUBLESHOOT_FIRST':
      turn.state.pending = { id: 'orderProblem.troubleshootFirst', data };
      return turn.ask(`${sorry} ${t('orderProblems.troubleshootFirst', { item: name })}`, t('orderProblems.troubleshootFirstReprompt')).getResponse();
    case 'REPLACE_OR_REFUND':
      turn.state.pending = { id: 'orderProblem.replace', data };
      return turn.ask(`${sorry} ${t('orderProblems.offerReplacement', { item: name })}`, t('orderProblems.offerReplacementReprompt', { item: name })).getResponse();
    case 'RETURN_FOR_REFUND':
      turn.state.pending = { id: 'orderProblem.refund', data };
      return turn.ask(`${sorry} ${t('orderProblems.wrongItemReturn', { item: name })}`, t('orderProblems.confirmRefundReprompt')).getResponse();
    case 'TEAM': {
      const handoff = teamHandoff(turn, { what: plan.why === 'PAST_CLAIM_WINDOW' ? 'pastClaim' : 'alreadyReturning', order, item: line.name, asked: `Reported the item ${complaint.toLowerCase().replace('_', ' ')}` });
      return offerTeam(turn, handoff, `${sorry} ${t(`orderProblems.team.${plan.why}`, { item: name })}`);
    }
  }
}

/** Yes to "shall we troubleshoot it first?": the device's own diagnosis; no: a replacement or refund. */
export async function answerTroubleshoot(turn: Turn, data: ItemAsked, yes: boolean): Promise<Response> {
  const kind = deviceKindOfItem(data.item);
  if (yes && kind) {
    turn.state.orders = { ...turn.state.orders, troubleshot: [...(turn.state.orders?.troubleshot ?? []), data.orderId] };
    // The diagnosis area loads here, on the first troubleshooting, not with every order turn (nor orders with every diagnosis).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { diagnoseDevice } = require('../../diagnosis') as typeof import('../../diagnosis');
    return diagnoseDevice(turn, kind);
  }
  turn.state.pending = { id: 'orderProblem.replace', data };
  const t = turn.speech;
  const item = text(data.item);
  return turn.ask(t('orderProblems.offerReplacement', { item }), t('orderProblems.offerReplacementReprompt', { item })).getResponse();
}

/** Yes to a replacement: sent, and said so, only once stored. No: a refund instead? */
export async function answerReplacement(turn: Turn, data: ItemAsked, yes: boolean): Promise<Response> {
  const t = turn.speech;
  const item = text(data.item);
  if (!yes) {
    turn.state.pending = { id: 'orderProblem.refund', data };
    return turn.ask(t('orderProblems.offerRefund', { item }), t('orderProblems.confirmRefundReprompt')).getResponse();
  }
  const request = { orderId: data.orderId, lineId: data.lineId, reason: data.reason as ReturnReason };
  const stored = await storeWrite(turn, 'replacement', (token, requestId) => turn.deps.orders.requestReplacement(token, { ...request, requestId }));
  if (!stored.ok) return stored.response ?? writeFailed(turn, data, stored.error, 'replacement');
  const replacement = stored.value;
  const loadedDay = replacement.expectedBy ? spokenDay(replacement.expectedBy, turn.deps.clock.now(), await deviceTimeZone(turn), t) : undefined;
  // A missing item never arrived: there is nothing to send back.
  const sendsBack = data.reason !== 'MISSING';
  const said = [t('orderProblems.replacementDone', { item }), loadedDay ? t('orderProblems.replacementArrives', { day: loadedDay }) : '', sendsBack ? t('orderProblems.sendBackOld') : ''];
  const cardParams = { item: data.item, orderId: data.orderId, replacementId: replacement.replacementId };
  const card = plainText(t(sendsBack ? 'orderProblems.replacementCard' : 'orderProblems.replacementCardNothingBack', cardParams));
  return anythingElse(turn, said.filter(Boolean).join(' ')).withSimpleCard(t('orderProblems.replacementCardTitle'), card).getResponse();
}

/** Yes to a refund: the return is started (and said so) only once stored. */
export async function answerRefund(turn: Turn, data: ItemAsked, yes: boolean): Promise<Response> {
  const t = turn.speech;
  if (!yes) return anythingElse(turn, t('orderProblems.keptAsIs')).getResponse();
  const request = { orderId: data.orderId, lineId: data.lineId, reason: data.reason as ReturnReason };
  const stored = await storeWrite(turn, 'return', (token, requestId) => turn.deps.orders.startReturn(token, { ...request, requestId }));
  if (!stored.ok) return stored.response ?? writeFailed(turn, data, stored.error, 'return');
  return returnStarted(turn, stored.value);
}

/** Nothing was stored: a refusal is explained with the orders team offered; anything else, try again or the team. */
export function writeFailed(turn: Turn, data: ItemAsked, error: unknown, what: 'replacement' | 'return'): Response {
  const t = turn.speech;
  const item = text(data.item);
  const order = { orderId: data.orderId, item: data.item, status: 'DELIVERED' as const };
  if (error instanceof ItemNotReturnableError) {
    return offerTeam(turn, teamHandoff(turn, { what: 'refused', order, asked: `Asked for a ${what}`, answer: 'refused by the order system' }), t('orderProblems.refused', { item }));
  }
  const handoff = teamHandoff(turn, { what: 'notStored', order, asked: `Asked for a ${what}`, answer: 'order system unavailable' });
  return offerTeam(turn, handoff, t(`orderProblems.notStored.${what}`, { item }));
}

