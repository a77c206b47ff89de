import * as z from 'zod';
import { ORDER_STATUSES, type Order } from '../../domain/model';
import {
  AccessDeniedError,
  BackendUnavailableError,
  OrderNotCancellableError,
  OrderNotFoundError,
  type OrderService,
} from '../../ports/backend';

const BACKEND = 'orders';

const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

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

export interface HttpOrdersOptions {
  /** The order service's base URL, e.g. https://orders.example.com/v1 (ORDERS_API_URL). */
  baseUrl: string;
  /** Upper bound for one call; a slower answer counts as the service being unavailable. */
  timeoutMs: number;
}

/** The customer's orders from an order service over HTTPS, with the linked access token as bearer. */
export function httpOrders(options: HttpOrdersOptions): OrderService {
  const base = options.baseUrl.replace(/\/+$/, '');

  async function call(method: 'GET' | 'POST', path: string, accessToken: string): Promise<{ status: number; body: unknown }> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : 'unreachable';
      throw new BackendUnavailableError(BACKEND, reason);
    }
    if (response.status === 401 || response.status === 403) throw new AccessDeniedError(BACKEND);
    // A 404 needs no body; a proxy's HTML page must not turn "no such order" into "service down".
    if (response.status === 404) return { status: 404, body: undefined };
    try {
      return { status: response.status, body: await response.json() };
    } catch {
      throw new BackendUnavailableError(BACKEND, `unreadable answer (HTTP ${response.status})`);
    }
  }

  function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new BackendUnavailableError(BACKEND, `malformed ${what}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    return parsed.data;
  }

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
