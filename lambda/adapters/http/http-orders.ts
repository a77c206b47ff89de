import * as z from 'zod';
import { ORDER_STATUSES, type Order } from '../../domain/model';
import {
  BackendUnavailableError,
  OrderNotCancellableError,
  OrderNotFoundError,
  type OrderService,
} from '../../ports/backend';
import { isoDate, jsonClient, type JsonClientOptions } from './json-client';

const BACKEND = 'orders';

/** One order as the order service sends it (docs/orders-api.md). */
const OrderSchema = z.object({
  orderId: z.string().min(1),
  item: z.string().min(1),
  status: z.enum(ORDER_STATUSES),
  orderedAt: isoDate,
  seller: z.object({ name: z.string(), thirdParty: z.boolean() }),
  carrier: z.string().optional(),
  promisedBy: isoDate.optional(),
  expectedBy: isoDate.optional(),
  deliveredAt: isoDate.optional(),
  latestTracking: z.string().optional(),
});
const OrderListSchema = z.object({ orders: z.array(OrderSchema) });
const OrderEnvelopeSchema = z.object({ order: OrderSchema });

/** The customer's orders from an order service over HTTPS, with the linked access token as bearer. */
export function httpOrders(options: JsonClientOptions): OrderService {
  const { call, parse } = jsonClient(BACKEND, options);

  return {
    async listOrders(accessToken) {
      const { status, body } = await call('GET', '/orders', accessToken);
      if (status !== 200) throw new BackendUnavailableError(BACKEND, `HTTP ${status} listing orders`);
      return parse(OrderListSchema, body, 'order list').orders as Order[];
    },
    async cancelOrder(accessToken, orderId) {
      const { status, body } = await call('POST', `/orders/${encodeURIComponent(orderId)}/cancel`, accessToken);
      if (status === 404) throw new OrderNotFoundError(orderId);
      if (status === 409) throw new OrderNotCancellableError(parse(OrderEnvelopeSchema, body, 'refusal').order as Order);
      if (status !== 200) throw new BackendUnavailableError(BACKEND, `HTTP ${status} cancelling an order`);
      const { order } = parse(OrderEnvelopeSchema, body, 'cancellation');
      if (order.status !== 'CANCELLED') throw new BackendUnavailableError(BACKEND, 'cancellation answered without a cancelled order');
      return order as Order;
    },
  };
}
