import type { Order, OrderStatus } from '../model';

const DAY_MS = 86_400_000;

/** Statuses whose item has not left the warehouse: the only ones that can still be cancelled. */
export const CANCELLABLE_STATUSES: readonly OrderStatus[] = ['ORDERED', 'PREPARING'];

/** Statuses after which nothing more will happen to the delivery. */
const FINISHED_STATUSES: readonly OrderStatus[] = ['DELIVERED', 'CANCELLED', 'RETURNED', 'REFUNDED'];

/** Finished orders older than this are history, not something to read out. */
const RECENT_FINISHED_DAYS = 30;

/** Not yet shipped, so it can still be cancelled. */
export const isCancellable = (order: Order): boolean => CANCELLABLE_STATUSES.includes(order.status);

/** Delivered, cancelled, returned or refunded: nothing more is on its way. */
export const isFinished = (order: Order): boolean => FINISHED_STATUSES.includes(order.status);

/** Late: the carrier says delayed, or the promised date has passed and the item is still on its way. */
export function isLate(order: Order, now: Date): boolean {
  if (isFinished(order)) return false;
  return order.status === 'DELAYED' || (order.promisedBy !== undefined && order.promisedBy.getTime() < now.getTime());
}

/** When the item should arrive, by the carrier's latest estimate or else the promise. */
export const expectedArrival = (order: Order): Date | undefined => order.expectedBy ?? order.promisedBy;

/** The moment the order last changed in a way the customer cares about, for sorting finished orders. */
const lastEvent = (order: Order): number => (order.deliveredAt ?? order.orderedAt).getTime();

/** The orders worth reading out: everything open, and what finished within the last month. */
export function recentOrders(orders: readonly Order[], now: Date): Order[] {
  const cutoff = now.getTime() - RECENT_FINISHED_DAYS * DAY_MS;
  return orders.filter((o) => !isFinished(o) || lastEvent(o) >= cutoff);
}

function relevanceGroup(order: Order, now: Date): number {
  if (order.status === 'OUT_FOR_DELIVERY') return 0;
  if (isLate(order, now)) return 1;
  if (!isFinished(order)) return 2;
  return order.status === 'DELIVERED' ? 3 : 4;
}

/**
 * Most relevant first: out for delivery, then late, then the rest on their way by arrival (soonest first),
 * then delivered and closed orders (most recent first).
 */
export function rankOrders(orders: readonly Order[], now: Date): Order[] {
  const arrival = (o: Order) => expectedArrival(o)?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return [...orders].sort((a, b) => {
    const group = relevanceGroup(a, now) - relevanceGroup(b, now);
    if (group !== 0) return group;
    return isFinished(a) ? lastEvent(b) - lastEvent(a) : arrival(a) - arrival(b);
  });
}

/** Packages sometimes show as delivered up to this long before they arrive (the help pages' advice). */
export const DELIVERY_GRACE_HOURS = 48;

/** Delivered so recently that the package may still turn up: the customer is asked to wait first. */
export function withinDeliveryGrace(order: Order, now: Date): boolean {
  return order.deliveredAt !== undefined && now.getTime() - order.deliveredAt.getTime() < DELIVERY_GRACE_HOURS * 3_600_000;
}

/** What a complaint about an order ("it's late", "it never arrived") leads to. */
export type OrderProblem =
  /** Past its promised date and not delivered: apologise, give the latest tracking, offer the orders team. */
  | { kind: 'LATE'; sellerFirst: boolean }
  /** Shows as delivered: the help pages' checks first, then the orders team. */
  | { kind: 'DELIVERED_NOT_RECEIVED'; sellerFirst: boolean }
  /** On its way and on time: the status is the answer. */
  | { kind: 'ON_ITS_WAY' }
  /** Cancelled, returned or refunded: nothing is coming. */
  | { kind: 'CLOSED' };

/** Classifies an order the customer complains about; a third-party seller handles its own problems first. */
export function orderProblem(order: Order, now: Date): OrderProblem {
  const sellerFirst = order.seller.thirdParty;
  if (isLate(order, now)) return { kind: 'LATE', sellerFirst };
  if (order.status === 'DELIVERED') return { kind: 'DELIVERED_NOT_RECEIVED', sellerFirst };
  return isFinished(order) ? { kind: 'CLOSED' } : { kind: 'ON_ITS_WAY' };
}

/** The complaints a customer can make without naming an order. */
export type Complaint = 'LATE' | 'NOT_RECEIVED';

/**
 * The order a complaint most likely means when none is named: for "it's late" the most relevant late
 * order; for "it never arrived" the most recently delivered one, else a late one.
 */
export function likelySubject(orders: readonly Order[], now: Date, complaint: Complaint): Order | undefined {
  const ranked = rankOrders(recentOrders(orders, now), now);
  const late = ranked.find((o) => isLate(o, now));
  if (complaint === 'LATE') return late;
  return ranked.find((o) => o.status === 'DELIVERED') ?? late;
}

/** What "cancel my order" can do for an order. */
export type CancelPlan = 'CONFIRM' | 'ALREADY_SHIPPED' | 'ALREADY_CANCELLED' | 'RETURNED';

/** Whether an order can be cancelled, and if not, why not. */
export function cancelPlan(order: Order): CancelPlan {
  if (isCancellable(order)) return 'CONFIRM';
  if (order.status === 'CANCELLED') return 'ALREADY_CANCELLED';
  if (order.status === 'RETURNED' || order.status === 'REFUNDED') return 'RETURNED';
  return 'ALREADY_SHIPPED';
}
