import {
  OrderNotCancellableError,
  OrderNotFoundError,
  type AccountDirectory,
  type DeviceStatusService,
  type OrderService,
} from '../../ports/backend';
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
    },
  };
}
