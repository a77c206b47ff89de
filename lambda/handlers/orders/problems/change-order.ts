import { getSlotValue } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { deviceTimeZone } from '../../../alexa/services';
import * as z from 'zod/mini';
import { resolveSlot, resolvedId } from '../../../conversation/matchers';
import type { Turn } from '../../../conversation/turn';
import type { Order, OrderChange, OrderOptions, PaymentMethod } from '../../../domain/model';
import { matchByWords } from '../../../domain/orders/matching';
import { changePlan, orderLines } from '../../../domain/orders/problems';
import { rankOrders } from '../../../domain/orders/rules';
import { focusOn } from '../../../domain/orders/session';
import { OrderNotChangeableError, OrderNotFoundError } from '../../../ports/backend';
import { spokenList, text } from '../../../speech/ssml';
import { spokenDay } from '../../../speech/when';
import { CARD_TYPES, ORDER_CHANGE_KINDS, ORDER_PROBLEM_SLOTS as S, type OrderChangeKind } from '../../../vocabulary/order-problems';
import { itemName, orderRef } from '../speech';
import { anythingElse, type Loaded } from '../load';
import { offerTeam, problemOrders, readBackend, storeWrite, teamHandoff } from './common';

/** What a yes to "shall I change it?" stores. */
const ChangeAskedSchema = z.object({
  orderId: z.string(),
  item: z.string(),
  change: z.union([z.object({ quantity: z.number(), lineId: z.string() }), z.object({ addressId: z.string() }), z.object({ paymentMethodId: z.string() })]),
  /** What the change is, as spoken back ("ship it to Work"). */
  words: z.string(),
});
type ChangeAsked = z.infer<typeof ChangeAskedSchema>;
export const parseChangeAsked = (data: unknown) => ChangeAskedSchema.safeParse(data);

/** "A Visa ending in 4 2 4 2", "your gift card balance". */
function paymentWords(turn: Turn, method: PaymentMethod): string {
  const t = turn.speech;
  return method.lastDigits
    ? t('orderProblems.refund.card', { type: method.type, digits: method.lastDigits.split('').join(' ') })
    : t('orderProblems.refund.balance', { type: method.type });
}

/** The card the customer named, by its type and or its last four digits. */
function namedPayment(turn: Turn, options: OrderOptions): PaymentMethod | undefined {
  const digits = getSlotValue(turn.input.requestEnvelope, S.cardDigits)?.replace(/\D/g, '');
  const card = resolveSlot(turn.input, S.card);
  const type = resolvedId(card, CARD_TYPES);
  return options.paymentMethods.find((p) => {
    if (digits && p.lastDigits !== digits) return false;
    if (type) return type === 'GIFT_CARD' ? !p.lastDigits : p.type.toUpperCase() === type;
    return digits !== undefined || (card.kind !== 'EMPTY' && matchByWords([p], (m) => m.type, card.spoken).length > 0);
  });
}

/** The change the customer asked for, once every detail is known; else what is still to ask. */
type Wanted = { kind: 'READY'; change: OrderChange; words: string } | { kind: 'ASK'; speech: string; reprompt: string } | { kind: 'SAID'; speech: string };

function wantedChange(turn: Turn, order: Order, options: OrderOptions): Wanted {
  const t = turn.speech;
  const quantity = Number(getSlotValue(turn.input.requestEnvelope, S.quantity));
  const address = resolveSlot(turn.input, S.address);
  const payment = namedPayment(turn, options);
  const asked = resolvedId(resolveSlot(turn.input, S.change), ORDER_CHANGE_KINDS);
  const what: OrderChangeKind | undefined = Number.isFinite(quantity) && quantity > 0 ? 'QUANTITY' : address.kind !== 'EMPTY' ? 'ADDRESS' : payment ? 'PAYMENT' : asked;
  const item = itemName(order, t);
  switch (what) {
    case undefined:
      return { kind: 'ASK', speech: t('orderProblems.change.what', { item }), reprompt: t('orderProblems.change.whatReprompt') };
    case 'QUANTITY': {
      if (!(quantity > 0)) return { kind: 'ASK', speech: t('orderProblems.change.howMany', { item }), reprompt: t('orderProblems.change.howManyReprompt') };
      const line = orderLines(order)[0];
      return { kind: 'READY', change: { quantity, lineId: line.lineId }, words: t('orderProblems.change.toQuantity', { count: quantity }) };
    }
    case 'ADDRESS': {
      const names = spokenList(options.addresses.map((a) => text(a.name)), t('core.or'));
      if (options.addresses.length === 0) return { kind: 'SAID', speech: t('orderProblems.change.noAddresses') };
      const found = address.kind === 'EMPTY' ? [] : matchByWords(options.addresses, (a) => a.name, address.spoken);
      if (found.length !== 1) return { kind: 'ASK', speech: t('orderProblems.change.whichAddress', { names }), reprompt: t('orderProblems.change.whichAddressReprompt', { names }) };
      if (found[0].addressId === order.shipTo?.addressId) return { kind: 'SAID', speech: t('orderProblems.change.alreadyAddress', { name: text(found[0].name) }) };
      return { kind: 'READY', change: { addressId: found[0].addressId }, words: t('orderProblems.change.toAddress', { name: text(found[0].name) }) };
    }
    case 'PAYMENT': {
      const methods = spokenList(options.paymentMethods.map((p) => paymentWords(turn, p)), t('core.or'));
      if (!payment) return { kind: 'ASK', speech: t('orderProblems.change.whichPayment', { methods }), reprompt: t('orderProblems.change.whichPaymentReprompt') };
      if (payment.paymentMethodId === order.paymentMethod?.paymentMethodId) return { kind: 'SAID', speech: t('orderProblems.change.alreadyPayment', { method: paymentWords(turn, payment) }) };
      return { kind: 'READY', change: { paymentMethodId: payment.paymentMethodId }, words: t('orderProblems.change.toPayment', { method: paymentWords(turn, payment) }) };
    }
  }
}

/** The order to change: named, else the one spoken about if it can change, else the ones not yet shipped. */
function orderToChange(turn: Turn, loaded: Loaded, named: Order[] | undefined): Order | Order[] {
  const focus = loaded.orders.find((o) => o.orderId === turn.state.orders?.focus?.orderId || o.orderId === turn.state.pending?.data?.orderId);
  if (named) return rankOrders(named, loaded.speech.now)[0];
  if (focus && changePlan(focus) === 'CHANGEABLE') return focus;
  const changeable = loaded.recent.filter((o) => changePlan(o) === 'CHANGEABLE');
  // An order spoken about that has shipped is explained, unless another can still change.
  return changeable.length === 0 && focus ? focus : changeable;
}

/** "Change the address on my order", "make it two", "pay with my mastercard": one change, confirmed first. */
export async function changeOrder(turn: Turn): Promise<Response> {
  const asked = await problemOrders(turn);
  if (!asked.ok) return asked.response;
  const { loaded, named } = asked;
  const t = turn.speech;
  const found = orderToChange(turn, loaded, named.kind === 'FOUND' ? named.orders : undefined);
  if (Array.isArray(found)) {
    if (found.length === 0) return anythingElse(turn, t('orderProblems.change.nothingUnshipped')).getResponse();
    if (found.length > 1) {
      turn.state.pending = { id: 'orders.which' };
      const items = spokenList(found.map((o) => itemName(o, t)), t('core.or'));
      return turn.ask(t('orderProblems.change.whichOrder', { items }), t('orderProblems.change.whichOrderReprompt', { example: found[0].item })).getResponse();
    }
  }
  const order = Array.isArray(found) ? found[0] : found;
  turn.state.orders = { focus: focusOn(order) };
  const item = itemName(order, t);
  const plan = changePlan(order);
  if (plan === 'SHIPPED') return anythingElse(turn, t('orderProblems.change.shipped', { item })).getResponse();
  if (plan === 'CLOSED') return anythingElse(turn, t('orderProblems.change.closed', { item })).getResponse();
  const options = await readBackend(turn, 'order options', (token) => turn.deps.orders.orderOptions(token));
  if (!options.ok) return options.response;
  const wanted = wantedChange(turn, order, options.value);
  if (wanted.kind === 'SAID') return anythingElse(turn, wanted.speech).getResponse();
  if (wanted.kind === 'ASK') {
    turn.state.pending = { id: 'orderProblem.changeWhat', data: { orderId: order.orderId } };
    return turn.ask(wanted.speech, wanted.reprompt).getResponse();
  }
  const data: ChangeAsked = { orderId: order.orderId, item: order.item, change: wanted.change, words: wanted.words };
  turn.state.pending = { id: 'orderProblem.confirmChange', data };
  return turn.ask(t('orderProblems.change.confirm', { item, ref: orderRef(order, t), change: wanted.words }), t('orderProblems.change.confirmReprompt')).getResponse();
}

/** The yes to "shall I change it?": said done only once the order service stored the change. */
export async function confirmChange(turn: Turn, data: ChangeAsked, yes: boolean): Promise<Response> {
  const t = turn.speech;
  const item = text(data.item);
  if (!yes) return anythingElse(turn, t('orderProblems.change.kept', { item })).getResponse();
  const stored = await storeWrite(turn, 'order change', (token, requestId) => turn.deps.orders.changeOrder(token, data.orderId, data.change, requestId));
  if (stored.ok) {
    const order = stored.value;
    const loadedDay = order.promisedBy ? spokenDay(order.promisedBy, turn.deps.clock.now(), await deviceTimeZone(turn), t) : undefined;
    const said = [t('orderProblems.change.done', { item, change: data.words }), loadedDay ? t('orderProblems.change.arrivesNow', { day: loadedDay }) : ''].filter(Boolean).join(' ');
    return anythingElse(turn, said).getResponse();
  }
  if (stored.response) return stored.response;
  if (stored.error instanceof OrderNotChangeableError) return anythingElse(turn, t('orderProblems.change.shipped', { item })).getResponse();
  if (stored.error instanceof OrderNotFoundError) return anythingElse(turn, t('orders.cancel.gone')).getResponse();
  const order = { orderId: data.orderId, item: data.item, status: 'ORDERED' as const };
  return offerTeam(turn, teamHandoff(turn, { what: 'changeFailed', order, asked: `Asked to change the order: ${data.words}`, answer: 'order system unavailable' }), t('orderProblems.change.notStored', { item }));
}
