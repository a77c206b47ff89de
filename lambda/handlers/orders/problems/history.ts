import { getSlotValue } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../../conversation/turn';
import { ordersPlacedIn, pastDaySpan, type DaySpan } from '../../../domain/orders/problems';
import { addDays, wallTime } from '../../../domain/routing/zoned-time';
import { Ssml, spokenList, text } from '../../../speech/ssml';
import { spokenDay } from '../../../speech/when';
import { ORDER_PROBLEM_SLOTS as S } from '../../../vocabulary/order-problems';
import { anythingElse } from '../load';
import { problemOrders } from './common';

/** At most this many orders are named at once; the rest are in Your Orders. */
const NAME_AT_MOST = 5;

/** Without a date, history is the last 30 days. */
const DEFAULT_DAYS = 30;

/** "What did I order last week", "my order history": the items ordered then, newest first. */
export async function orderHistory(turn: Turn): Promise<Response> {
  const asked = await problemOrders(turn);
  if (!asked.ok) return asked.response;
  const { loaded } = asked;
  const t = turn.speech;
  const { now, timeZone } = loaded.speech;
  const today = wallTime(now, timeZone).date;
  const said = getSlotValue(turn.input.requestEnvelope, S.date);
  const span: DaySpan = (said && pastDaySpan(said, today)) || { first: addDays(today, -DEFAULT_DAYS), last: today };
  const placed = ordersPlacedIn(loaded.orders, span, timeZone);
  if (placed.length === 0) {
    const latest = [...loaded.orders].sort((a, b) => b.orderedAt.getTime() - a.orderedAt.getTime())[0];
    return anythingElse(turn, t('orderProblems.history.none', { item: text(latest.item), day: spokenDay(latest.orderedAt, now, timeZone, t) })).getResponse();
  }
  const named = placed.slice(0, NAME_AT_MOST).map((o) => new Ssml(t('orderProblems.history.item', { item: text(o.item), day: spokenDay(o.orderedAt, now, timeZone, t) })));
  const more = placed.length - named.length;
  const speech = [t('orderProblems.history.intro', { items: spokenList(named, t('core.and')) }), more > 0 ? t('orderProblems.history.more', { count: more }) : ''].filter(Boolean).join(' ');
  return anythingElse(turn, speech).withSimpleCard(t('orderProblems.history.cardTitle'), placed.map((o) => `${o.orderId}: ${o.item}`).join('\n')).getResponse();
}

