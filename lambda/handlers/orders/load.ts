/** The customer's orders, loaded once a turn, and the answers every order flow shares: none, not found, trouble. */
import { getSlotValue, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { resolveSlot } from '../../conversation/matchers';
import type { Turn } from '../../conversation/turn';
import type { Order } from '../../domain/model';
import { matchByItem, matchByNumber, namesNoItem } from '../../domain/orders/matching';
import { rankOrders, recentOrders } from '../../domain/orders/rules';
import { AccessDeniedError } from '../../ports/backend';
import { deviceTimeZone, sendProgressive } from '../../alexa/services';
import { digits, spokenList, text } from '../../speech/ssml';
import { withTimeout } from '../../util/timeout';
import { ORDER_SLOTS } from '../../vocabulary/orders';
import { linkAccountResponse, requireLinkedAccount } from '../account-gate';
import { unusableAnswer } from '../missed-question';
import type { OrderSpeechContext } from './speech';

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
  turn.state.pending = { id: 'orders.offerTeam' };
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
export function notFound(turn: Turn, { recent: ranked }: Loaded, named: Extract<Named, { kind: 'NOT_FOUND' }>): Promise<Response> | Response {
  const t = turn.speech;
  const items = spokenList(ranked.map((o) => text(o.item)), t('core.and'));
  const example = ranked[0].item;
  const said =
    named.by === 'item'
      ? t('orders.notFound.item', { item: named.spoken, items, example })
      : t('orders.notFound.number', { digits: digits(named.spoken), items, example });
  return unusableAnswer(turn, () => {
    turn.state.pending = { id: 'orders.which' };
    return turn.ask(said, t('orders.notFound.reprompt', { example })).getResponse();
  });
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
  if (named.kind === 'NOT_FOUND') return { ok: false, response: await notFound(turn, loading.loaded, named) };
  return { ok: true, loaded: loading.loaded, named };
}

