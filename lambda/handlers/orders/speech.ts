import type { Order } from '../../domain/model';
import { expectedArrival, isLate } from '../../domain/orders/rules';
import { lastDigits } from '../../domain/orders/matching';
import type { Speech } from '../../speech/i18n';
import { Ssml, digits, plainText, text } from '../../speech/ssml';
import { spokenDay } from '../../speech/when';

/** What every order phrase needs: the words, the moment, and where the customer is. */
export interface OrderSpeechContext {
  t: Speech;
  now: Date;
  /** The device's time zone, so "tomorrow" is the customer's tomorrow. */
  timeZone: string;
}

/** The item as spoken, naming a third-party seller: "USB-C charging cable from CableCo". */
export function itemName(order: Order, t: Speech): Ssml {
  return order.seller.thirdParty ? new Ssml(t('orders.itemFromSeller', { item: order.item, seller: order.seller.name })) : text(order.item);
}

/** "order ending in 0 0 0 3", digits read one by one. */
export function orderRef(order: Order, t: Speech): Ssml {
  return new Ssml(t('orders.orderRef', { digits: digits(lastDigits(order.orderId)) }));
}

/** Where one order stands, in a sentence or three, with days relative to the customer's today. */
export function orderStatus(order: Order, { t, now, timeZone }: OrderSpeechContext): string {
  const item = itemName(order, t);
  const day = (at: Date) => spokenDay(at, now, timeZone, t);
  const arrival = expectedArrival(order);
  if (isLate(order, now)) {
    const parts = [order.promisedBy ? t('orders.status.DELAYED', { item, day: day(order.promisedBy) }) : t('orders.status.DELAYED_noDate', { item })];
    if (order.latestTracking) parts.push(t('orders.trackingNow', { tracking: order.latestTracking }));
    const newDate = order.expectedBy && order.expectedBy.getTime() > now.getTime() ? order.expectedBy : undefined;
    parts.push(newDate ? t('orders.expectedNow', { day: day(newDate) }) : t('orders.noNewDate'));
    return parts.join(' ');
  }
  switch (order.status) {
    case 'ORDERED':
    case 'PREPARING':
    case 'SHIPPED': {
      const main =
        order.status === 'SHIPPED' && !order.carrier
          ? t('orders.status.SHIPPED_noCarrier', { item })
          : t(`orders.status.${order.status}`, { item, carrier: order.carrier ?? '' });
      return arrival ? `${main} ${t('orders.arrives', { day: day(arrival) })}` : main;
    }
    case 'OUT_FOR_DELIVERY':
      return order.carrier
        ? t('orders.status.OUT_FOR_DELIVERY', { item, carrier: order.carrier })
        : t('orders.status.OUT_FOR_DELIVERY_noCarrier', { item });
    case 'DELIVERED':
      return order.deliveredAt ? t('orders.status.DELIVERED', { item, day: day(order.deliveredAt) }) : t('orders.status.DELIVERED_noDate', { item });
    case 'DELAYED':
      // A delayed order is always late (isLate above); kept for the compiler's exhaustiveness.
      return t('orders.status.DELAYED_noDate', { item });
    case 'CANCELLED':
    case 'RETURNED':
    case 'REFUNDED':
      return t(`orders.status.${order.status}`, { item });
  }
}

/** The card's text: one line per order, with its full number, as plain text. */
export function orderCardText(orders: readonly Order[], context: OrderSpeechContext): string {
  return orders.map((o) => `${o.orderId}: ${plainText(orderStatus(o, context))}`).join('\n');
}
