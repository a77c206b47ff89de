import type { Order } from '../../lambda/domain/model';
import type { OrderService } from '../../lambda/ports/backend';

/** Sunday 7:30 PM in Los Angeles, Monday 3:30 AM in UTC (the harness's TEST_NOW). */
export const NOW = new Date('2026-11-23T03:30:00Z');
const HOUR = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

/** An order for tables: on its way from the desk's own store unless told otherwise. */
export function anOrder(fields: Partial<Order> = {}): Order {
  return {
    orderId: '114-0000009-0000009',
    item: 'Echo Pop',
    status: 'SHIPPED',
    orderedAt: hoursFromNow(-48),
    seller: { name: 'Device Help Desk Store', thirdParty: false },
    carrier: 'UPS',
    promisedBy: hoursFromNow(48),
    ...fields,
  };
}

const unexpected = async (): Promise<never> => Promise.reject(new Error('not expected'));

/** An order service for a test: the methods it gives, every other one failing as not expected. */
export function orderServiceWith(methods: Partial<OrderService>): OrderService {
  return {
    listOrders: unexpected,
    cancelOrder: unexpected,
    listReturns: unexpected,
    listCharges: unexpected,
    orderOptions: unexpected,
    startReturn: unexpected,
    requestReplacement: unexpected,
    changeOrder: unexpected,
    ...methods,
  };
}
