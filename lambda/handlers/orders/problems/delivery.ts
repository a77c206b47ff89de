/** "My order is late", "my package never arrived": the order meant, and the flow its state calls for. */
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../../conversation/turn';
import { likelySubject, orderProblem, rankOrders, withinDeliveryGrace, type Complaint } from '../../../domain/orders/rules';
import { focusOn } from '../../../domain/orders/session';
import type { Handoff } from '../../../domain/handoff';
import { anythingElse, ordersAskedFor, type Loaded } from '../load';
import { explainOrder } from '../reading';
import { orderRef, orderStatus } from '../speech';
import { itemSaid, offerHelp, offerTeam } from './common';

export async function complain(turn: Turn, complaint: Complaint): Promise<Response> {
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
