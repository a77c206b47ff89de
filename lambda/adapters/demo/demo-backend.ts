import {
  ItemNotReturnableError,
  OrderNotCancellableError,
  OrderNotChangeableError,
  OrderNotFoundError,
  type AccountDirectory,
  type DeviceStatusService,
  type ItemRequest,
  type OrderService,
} from '../../ports/backend';
import type { Order, OrderChange } from '../../domain/model';
import { acceptsReturn, orderLines } from '../../domain/orders/problems';
import { isCancellable } from '../../domain/orders/rules';
import type { Clock } from '../../ports/clock';
import { demoCustomers, type DemoCustomer } from './demo-data';

/** The embedded backend: the demo customers of the design notes, needing no setup and no network. */
export interface DemoBackend {
  accounts: AccountDirectory;
  deviceStatus: DeviceStatusService;
  orders: OrderService;
  /** The demo customer behind a token, for the simulated Alexa service APIs. */
  customerByToken(accessToken: string): DemoCustomer | undefined;
}


export function createDemoBackend(clock: Clock): DemoBackend {
  // Built once, so cancellations last for the life of the process; times stay relative to that moment.
  const customers = demoCustomers(clock.now());
  const byToken = (token: string) => customers.find((c) => c.accessToken === token);
  /** Writes already stored, by Alexa request id: a retried request gets what was stored, never a second one. */
  const stored = new Map<string, unknown>();
  const once = <T>(requestId: string, write: () => T): T => {
    if (!stored.has(requestId)) stored.set(requestId, write());
    return stored.get(requestId) as T;
  };

  /** The order and item a return or replacement is for, if the service would accept it. */
  function returnableLine(token: string, { orderId, lineId, reason }: ItemRequest) {
    const order = byToken(token)?.orders.find((o) => o.orderId === orderId);
    if (!order) throw new OrderNotFoundError(orderId);
    const line = orderLines(order).find((l) => l.lineId === lineId);
    if (!line || !acceptsReturn(order, line, reason, clock.now())) throw new ItemNotReturnableError(orderId, lineId);
    return { order, line };
  }

  function applyChange(token: string, order: Order, change: OrderChange): void {
    const options = byToken(token)!.orderOptions;
    if ('quantity' in change) {
      order.lines = orderLines(order).map((l) => (l.lineId === change.lineId ? { ...l, quantity: change.quantity } : l));
    } else if ('addressId' in change) {
      order.shipTo = options.addresses.find((a) => a.addressId === change.addressId) ?? order.shipTo;
      // A new address may take a day longer: the help pages warn the delivery date may change.
      if (order.promisedBy) order.promisedBy = new Date(order.promisedBy.getTime() + 86_400_000);
    } else {
      order.paymentMethod = options.paymentMethods.find((p) => p.paymentMethodId === change.paymentMethodId) ?? order.paymentMethod;
    }
  }

  return {
    customerByToken: byToken,
    accounts: {
      async findByAccessToken(token) {
        return byToken(token)?.account;
      },
    },
    deviceStatus: {
      async getStatus(token, deviceKey) {
        return byToken(token)?.deviceStatus[deviceKey];
      },
    },
    orders: {
      async listOrders(token) {
        return (byToken(token)?.orders ?? []).map((o) => ({ ...o }));
      },
      async cancelOrder(token, orderId) {
        const order = byToken(token)?.orders.find((o) => o.orderId === orderId);
        if (!order) throw new OrderNotFoundError(orderId);
        if (!isCancellable(order)) throw new OrderNotCancellableError({ ...order });
        order.status = 'CANCELLED';
        return { ...order };
      },
      async listReturns(token) {
        return (byToken(token)?.returns ?? []).map((r) => ({ ...r }));
      },
      async listCharges(token) {
        return (byToken(token)?.charges ?? []).map((c) => ({ ...c }));
      },
      async orderOptions(token) {
        return byToken(token)?.orderOptions ?? { addresses: [], paymentMethods: [] };
      },
      async startReturn(token, request) {
        const { order, line } = returnableLine(token, request);
        return once(request.requestId, () => {
          const now = clock.now();
          const itemReturn = {
            returnId: `R-${request.requestId.slice(-6)}`,
            orderId: order.orderId,
            lineId: line.lineId,
            item: line.name,
            reason: request.reason,
            state: 'LABEL_SENT' as const,
            requestedAt: now,
            dropOffBy: new Date(now.getTime() + 14 * 86_400_000),
          };
          byToken(token)!.returns.push(itemReturn);
          return { ...itemReturn };
        });
      },
      async requestReplacement(token, request) {
        const { order, line } = returnableLine(token, request);
        return once(request.requestId, () => ({
          replacementId: `X-${request.requestId.slice(-6)}`,
          orderId: order.orderId,
          lineId: line.lineId,
          item: line.name,
          expectedBy: new Date(clock.now().getTime() + 2 * 86_400_000),
        }));
      },
      async changeOrder(token, orderId, change, requestId) {
        const order = byToken(token)?.orders.find((o) => o.orderId === orderId);
        if (!order) throw new OrderNotFoundError(orderId);
        return once(requestId, () => {
          if (!isCancellable(order)) throw new OrderNotChangeableError({ ...order });
          applyChange(token, order, change);
          return { ...order };
        });
      },
    },
  };
}
