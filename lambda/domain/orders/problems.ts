import type { Charge, DeviceKind, ItemReturn, Order, OrderLine, PaymentMethod, ReturnReason } from '../model';
import { addDays, wallTime } from '../routing/zoned-time';
import { isCancellable } from './rules';
import { matchByWords } from './matching';

const DAY_MS = 86_400_000;

/** Damaged or lost items are replaced or refunded within this many days of delivery (the help pages). */
export const DAMAGED_CLAIM_DAYS = 30;

/** The usual return window, for an order service that sends no items of its own. */
export const DEFAULT_RETURN_DAYS = 30;

/** The order's items; an order sent without items is one item, returnable for the usual window. */
export function orderLines(order: Order): OrderLine[] {
  if (order.lines && order.lines.length > 0) return order.lines;
  const returnableUntil = order.deliveredAt ? new Date(order.deliveredAt.getTime() + DEFAULT_RETURN_DAYS * DAY_MS) : undefined;
  return [{ lineId: order.orderId, name: order.item, kind: 'OTHER', quantity: 1, unitPrice: 0, returnableUntil }];
}

/** The item of an order the customer means: the one they named, else the order's first. */
export function lineNamed(order: Order, spoken: string | undefined): OrderLine {
  const lines = orderLines(order);
  if (!spoken) return lines[0];
  return matchByWords(lines, (line) => line.name, spoken)[0] ?? lines[0];
}

/** The item has reached the customer: delivered with its order, or in a package of its own. */
export function lineArrived(order: Order, line: OrderLine): boolean {
  return line.shipment ? line.shipment.status === 'DELIVERED' : order.status === 'DELIVERED';
}

/** When the item reached the customer, if it has. */
const arrivedAt = (order: Order, line: OrderLine): Date | undefined => (line.shipment ? line.shipment.deliveredAt : order.deliveredAt);

/** A complaint about an item that came. */
export type ItemComplaint = 'DAMAGED' | 'DEFECTIVE' | 'WRONG_ITEM' | 'MISSING';

/** What the help pages do about a complaint. */
export type ItemProblemPlan =
  /** Not delivered yet: the complaint waits for the item (its status is the answer). */
  | { kind: 'NOT_ARRIVED' }
  /** Missing from the package, but it ships on its own: when it should come. */
  | { kind: 'SHIPS_SEPARATELY' }
  /** Printed books vary a little and may have blank end pages: not defects. */
  | { kind: 'BOOK_VARIANCE' }
  /** A device that does not work is offered troubleshooting first. */
  | { kind: 'TROUBLESHOOT_FIRST' }
  /** A replacement, or a refund, the customer's choice. */
  | { kind: 'REPLACE_OR_REFUND' }
  /** A wrong item is returned for a refund of the one not received. */
  | { kind: 'RETURN_FOR_REFUND' }
  /** Past what can be done by voice: the orders team. */
  | { kind: 'TEAM'; why: 'PAST_CLAIM_WINDOW' | 'ALREADY_RETURNING' };

/**
 * The help pages' rule for each complaint: damaged or lost within 30 days of delivery, a replacement or
 * refund; defective, the same once a device has been offered troubleshooting; a wrong item, a return for a
 * refund; a missing item, first the separate shipment it may be in. Anything past that is for the team.
 */
export function itemProblemPlan(
  complaint: ItemComplaint,
  order: Order,
  line: OrderLine,
  returns: readonly ItemReturn[],
  now: Date,
  opts: { troubleshootingDeclined?: boolean } = {},
): ItemProblemPlan {
  if (complaint === 'MISSING' && line.shipment && line.shipment.status !== 'DELIVERED') return { kind: 'SHIPS_SEPARATELY' };
  if (complaint !== 'MISSING' && !lineArrived(order, line)) return { kind: 'NOT_ARRIVED' };
  if (complaint === 'DEFECTIVE' && line.kind === 'BOOK') return { kind: 'BOOK_VARIANCE' };
  if (returns.some((r) => r.orderId === order.orderId && r.lineId === line.lineId)) return { kind: 'TEAM', why: 'ALREADY_RETURNING' };
  const arrived = arrivedAt(order, line) ?? order.deliveredAt;
  const withinClaim = arrived !== undefined && now.getTime() - arrived.getTime() <= DAMAGED_CLAIM_DAYS * DAY_MS;
  if (!withinClaim) return { kind: 'TEAM', why: 'PAST_CLAIM_WINDOW' };
  if (complaint === 'DEFECTIVE' && line.kind === 'DEVICE' && !opts.troubleshootingDeclined) return { kind: 'TROUBLESHOOT_FIRST' };
  return complaint === 'WRONG_ITEM' ? { kind: 'RETURN_FOR_REFUND' } : { kind: 'REPLACE_OR_REFUND' };
}

/** What "I want to return it" can do. */
export type ReturnPlan =
  | { kind: 'ELIGIBLE'; until: Date }
  | { kind: 'NOT_ARRIVED'; cancellable: boolean }
  | { kind: 'PAST_WINDOW'; until: Date }
  | { kind: 'NOT_RETURNABLE' }
  | { kind: 'ALREADY_RETURNING'; itemReturn: ItemReturn };

/** An item can be returned once it has come, until the last day of its window; only once. */
export function returnPlan(order: Order, line: OrderLine, returns: readonly ItemReturn[], now: Date): ReturnPlan {
  const existing = returns.find((r) => r.orderId === order.orderId && r.lineId === line.lineId);
  if (existing) return { kind: 'ALREADY_RETURNING', itemReturn: existing };
  if (!lineArrived(order, line)) return { kind: 'NOT_ARRIVED', cancellable: isCancellable(order) };
  if (!line.returnableUntil) return { kind: 'NOT_RETURNABLE' };
  return line.returnableUntil.getTime() >= now.getTime() ? { kind: 'ELIGIBLE', until: line.returnableUntil } : { kind: 'PAST_WINDOW', until: line.returnableUntil };
}

/** Whether the order service should accept a return or replacement for this reason (the demo enforces it). */
export function acceptsReturn(order: Order, line: OrderLine, reason: ReturnReason, now: Date): boolean {
  if (reason === 'NOT_NEEDED') return returnPlan(order, line, [], now).kind === 'ELIGIBLE';
  const arrived = arrivedAt(order, line) ?? order.deliveredAt;
  return arrived !== undefined && now.getTime() - arrived.getTime() <= DAMAGED_CLAIM_DAYS * DAY_MS;
}

/** The returns worth speaking about first: money on its way, then the rest, newest first. */
export function rankReturns(returns: readonly ItemReturn[]): ItemReturn[] {
  const moneyMoving = (r: ItemReturn) => (r.state === 'REFUNDED' ? 0 : 1);
  return [...returns].sort((a, b) => moneyMoving(a) - moneyMoving(b) || b.requestedAt.getTime() - a.requestedAt.getTime());
}

/** What the customer remembers of a charge they do not recognise. */
export interface ChargeClue {
  /** Dollars said; "twenty four ninety nine" may arrive as 24. */
  amount?: number;
  /** The calendar day in the customer's time zone ("2026-11-24"). */
  day?: string;
}

/** Charges within this many days are the ones a customer asks about. */
const RECENT_CHARGE_DAYS = 60;

/**
 * The charges that may be the one the customer means, most recent first: those matching the amount (to
 * the cent, or the whole dollars said) or the day, else every recent charge.
 */
export function candidateCharges(charges: readonly Charge[], clue: ChargeClue, now: Date, timeZone: string): Charge[] {
  const recent = charges
    .filter((c) => now.getTime() - c.chargedAt.getTime() <= RECENT_CHARGE_DAYS * DAY_MS)
    .sort((a, b) => b.chargedAt.getTime() - a.chargedAt.getTime());
  const amountMatches = (c: Charge) => clue.amount === undefined || Math.abs(c.amount - clue.amount) < 0.005 || Math.floor(c.amount) === clue.amount;
  const dayMatches = (c: Charge) => !clue.day || wallTime(c.chargedAt, timeZone).date === clue.day;
  if (clue.amount === undefined && !clue.day) return recent;
  return recent.filter((c) => amountMatches(c) && dayMatches(c));
}

/** What "change my order" can do for an order. */
export type ChangePlan = 'CHANGEABLE' | 'SHIPPED' | 'CLOSED';

/** Only an order that has not shipped can change; a closed one has nothing left to change. */
export function changePlan(order: Order): ChangePlan {
  if (isCancellable(order)) return 'CHANGEABLE';
  return ['CANCELLED', 'RETURNED', 'REFUNDED'].includes(order.status) ? 'CLOSED' : 'SHIPPED';
}

/** A span of calendar days in the customer's time zone: from `first` to `last`, both included. */
export interface DaySpan {
  first: string;
  last: string;
}

/**
 * The days an AMAZON.DATE value covers, looking back: a day ("2026-11-24"; a weekday Alexa heard as the coming
 * one is taken as the last one), a week ("2026-W48"), a month ("2026-11"). Undefined for anything else.
 */
export function pastDaySpan(value: string, today: string): DaySpan | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = value > today && value <= addDays(today, 7) ? addDays(value, -7) : value;
    return { first: day, last: day };
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week 1 holds January 4th; its Monday starts the count.
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = addDays(jan4.toISOString().slice(0, 10), -((jan4.getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7);
    return { first: monday, last: addDays(monday, 6) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const first = `${value}-01`;
    const next = new Date(Date.UTC(Number(month[1]), Number(month[2]), 1)).toISOString().slice(0, 10);
    return { first, last: addDays(next, -1) };
  }
  return undefined;
}

/** The orders placed on the span's days in the customer's time zone, newest first. */
export function ordersPlacedIn(orders: readonly Order[], span: DaySpan, timeZone: string): Order[] {
  return orders
    .filter((o) => {
      const day = wallTime(o.orderedAt, timeZone).date;
      return day >= span.first && day <= span.last;
    })
    .sort((a, b) => b.orderedAt.getTime() - a.orderedAt.getTime());
}

/** How a refund reaches the customer: a balance within hours, a card in business days. */
export const refundRoute = (method: PaymentMethod): 'BALANCE' | 'CARD' => (method.lastDigits ? 'CARD' : 'BALANCE');

/** The item a device problem is about, for the device's troubleshooting; undefined for anything else. */
export function deviceKindOfItem(name: string): DeviceKind | undefined {
  const n = name.toLowerCase();
  if (n.includes('echo show')) return 'ECHO_SHOW';
  if (n.includes('echo')) return 'ECHO';
  if (n.includes('fire tv')) return 'FIRE_TV';
  if (n.includes('kindle')) return 'KINDLE';
  return undefined;
}
