import * as z from 'zod/mini';
import { ITEM_KINDS, ORDER_STATUSES, RETURN_REASONS, RETURN_STATES, type ItemReturn, type Order, type Replacement } from '../../domain/model';
import {
  BackendUnavailableError,
  ItemNotReturnableError,
  OrderNotCancellableError,
  OrderNotChangeableError,
  OrderNotFoundError,
  type ItemRequest,
  type OrderService,
} from '../../ports/backend';
import { isoDate, jsonClient, type JsonClientOptions } from './json-client';

const BACKEND = 'orders';

const money = z.number().check(z.nonnegative());
const PaymentMethodSchema = z.object({ paymentMethodId: z.string().check(z.minLength(1)), type: z.string().check(z.minLength(1)), lastDigits: z.optional(z.string().check(z.regex(/^\d{4}$/))) });
const AddressSchema = z.object({ addressId: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) });

const OrderLineSchema = z.object({
  lineId: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  kind: z.enum(ITEM_KINDS),
  quantity: z.int().check(z.positive()),
  unitPrice: money,
  returnableUntil: z.optional(isoDate),
  shipment: z.optional(
    z.object({ status: z.enum(ORDER_STATUSES), carrier: z.optional(z.string()), expectedBy: z.optional(isoDate), deliveredAt: z.optional(isoDate) }),
  ),
});

/** One order as the order service sends it (docs/orders-api.md). */
const OrderSchema = z.object({
  orderId: z.string().check(z.minLength(1)),
  item: z.string().check(z.minLength(1)),
  status: z.enum(ORDER_STATUSES),
  orderedAt: isoDate,
  seller: z.object({ name: z.string(), thirdParty: z.boolean() }),
  carrier: z.optional(z.string()),
  promisedBy: z.optional(isoDate),
  expectedBy: z.optional(isoDate),
  deliveredAt: z.optional(isoDate),
  latestTracking: z.optional(z.string()),
  lines: z.optional(z.array(OrderLineSchema)),
  paymentMethod: z.optional(PaymentMethodSchema),
  shipTo: z.optional(AddressSchema),
});

const ReturnSchema = z.object({
  returnId: z.string().check(z.minLength(1)),
  orderId: z.string().check(z.minLength(1)),
  lineId: z.string().check(z.minLength(1)),
  item: z.string().check(z.minLength(1)),
  reason: z.enum(RETURN_REASONS),
  state: z.enum(RETURN_STATES),
  requestedAt: isoDate,
  dropOffBy: z.optional(isoDate),
  refund: z.optional(z.object({ amount: money, method: PaymentMethodSchema, issuedAt: z.optional(isoDate), expectedBy: z.optional(isoDate) })),
});
const ReplacementSchema = z.object({
  replacementId: z.string().check(z.minLength(1)),
  orderId: z.string().check(z.minLength(1)),
  lineId: z.string().check(z.minLength(1)),
  item: z.string().check(z.minLength(1)),
  expectedBy: z.optional(isoDate),
});
const ChargeSchema = z.object({
  chargeId: z.string().check(z.minLength(1)),
  amount: money,
  chargedAt: isoDate,
  method: PaymentMethodSchema,
  orderId: z.optional(z.string()),
  subscription: z.optional(z.string()),
  description: z.string().check(z.minLength(1)),
});
const ReturnListSchema = z.object({ returns: z.array(ReturnSchema) });
const ChargeListSchema = z.object({ charges: z.array(ChargeSchema) });
const OrderOptionsSchema = z.object({ addresses: z.array(AddressSchema), paymentMethods: z.array(PaymentMethodSchema) });
const ReturnEnvelopeSchema = z.object({ return: ReturnSchema });
const ReplacementEnvelopeSchema = z.object({ replacement: ReplacementSchema });
const OrderListSchema = z.object({ orders: z.array(OrderSchema) });
const OrderEnvelopeSchema = z.object({ order: OrderSchema });

/** The customer's orders from an order service over HTTPS, with the linked access token as bearer. */
export function httpOrders(options: JsonClientOptions): OrderService {
  const { call, parse } = jsonClient(BACKEND, options);

  /** A GET whose only good answer is 200 with the schema's shape. */
  async function read<T>(path: string, accessToken: string, schema: z.ZodMiniType<T>, what: string): Promise<T> {
    const { status, body } = await call('GET', path, accessToken);
    if (status !== 200) throw new BackendUnavailableError(BACKEND, `HTTP ${status} reading ${what}`);
    return parse(schema, body, what);
  }

  /** Starts a return or a replacement: stored (200 or 201), unknown order (404), or refused (422). */
  async function itemWrite<T>(accessToken: string, kind: 'returns' | 'replacements', request: ItemRequest, schema: z.ZodMiniType<T>): Promise<T> {
    const { orderId, lineId, reason, requestId } = request;
    const path = `/orders/${encodeURIComponent(orderId)}/${kind}`;
    const { status, body } = await call('POST', path, accessToken, { body: { lineId, reason }, idempotencyKey: requestId });
    if (status === 404) throw new OrderNotFoundError(orderId);
    if (status === 422) throw new ItemNotReturnableError(orderId, lineId);
    if (status !== 200 && status !== 201) throw new BackendUnavailableError(BACKEND, `HTTP ${status} storing ${kind}`);
    return parse(schema, body, kind);
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
    async listReturns(accessToken) {
      return (await read('/returns', accessToken, ReturnListSchema, 'return list')).returns as ItemReturn[];
    },
    async listCharges(accessToken) {
      return (await read('/charges', accessToken, ChargeListSchema, 'charge list')).charges;
    },
    async orderOptions(accessToken) {
      return read('/order-options', accessToken, OrderOptionsSchema, 'order options');
    },
    async startReturn(accessToken, request) {
      return (await itemWrite(accessToken, 'returns', request, ReturnEnvelopeSchema)).return as ItemReturn;
    },
    async requestReplacement(accessToken, request) {
      return (await itemWrite(accessToken, 'replacements', request, ReplacementEnvelopeSchema)).replacement as Replacement;
    },
    async changeOrder(accessToken, orderId, change, requestId) {
      const path = `/orders/${encodeURIComponent(orderId)}/changes`;
      const { status, body } = await call('POST', path, accessToken, { body: change, idempotencyKey: requestId });
      if (status === 404) throw new OrderNotFoundError(orderId);
      if (status === 409) throw new OrderNotChangeableError(parse(OrderEnvelopeSchema, body, 'refusal').order as Order);
      if (status !== 200) throw new BackendUnavailableError(BACKEND, `HTTP ${status} changing an order`);
      return parse(OrderEnvelopeSchema, body, 'change').order as Order;
    },
  };
}
