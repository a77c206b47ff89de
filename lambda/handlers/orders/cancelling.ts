/** Cancelling an order: only items not yet shipped, only after a yes, and reported done only once stored. */
import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import type { Turn } from '../../conversation/turn';
import type { Order } from '../../domain/model';
import { focusOn } from '../../domain/orders/session';
import { cancelPlan, isCancellable, rankOrders } from '../../domain/orders/rules';
import { AccessDeniedError, OrderNotCancellableError, OrderNotFoundError } from '../../ports/backend';
import { sendProgressive } from '../../alexa/services';
import { plainText, spokenList, text } from '../../speech/ssml';
import { withTimeout } from '../../util/timeout';
import { linkAccountResponse, requireLinkedAccount } from '../account-gate';
import { anythingElse, ordersAskedFor } from './load';
import { itemName, orderRef } from './speech';

const CancelDataSchema = z.object({ orderId: z.string(), item: z.string() });

/** "Cancel my remote order": only items not yet shipped, and only after a yes. */
export async function startCancel(turn: Turn): Promise<Response> {
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
    turn.state.pending = { id: 'orders.confirmCancel', data: { orderId: order.orderId, item: order.item } };
    return turn.ask(t('orders.cancel.confirm', { item, ref: orderRef(order, t) }), t('orders.cancel.confirmReprompt', { item })).getResponse();
  }
  if (cancellable.length > 1) {
    turn.state.pending = { id: 'orders.which' };
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

/** Yes or no to "shall I cancel it?"; a question whose order no longer parses starts the cancellation again. */
export function answerCancel(turn: Turn, asked: unknown, yes: boolean): Promise<Response> | Response {
  const data = CancelDataSchema.safeParse(asked);
  if (!data.success) return startCancel(turn);
  return yes ? confirmCancel(turn, data.data) : anythingElse(turn, turn.speech('orders.cancel.kept', { item: data.data.item })).getResponse();
}
