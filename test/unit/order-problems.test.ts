import type { Charge, ItemReturn, OrderLine } from '../../lambda/domain/model';
import {
  candidateCharges,
  changePlan,
  deviceKindOfItem,
  itemProblemPlan,
  lineNamed,
  orderLines,
  ordersPlacedIn,
  pastDaySpan,
  returnPlan,
  type ItemComplaint,
} from '../../lambda/domain/orders/problems';
import { NOW, anOrder, hoursFromNow } from '../support/orders';

const DAY = 24;
const line = (fields: Partial<OrderLine> = {}): OrderLine => ({ lineId: 'l-1', name: 'Echo Pop', kind: 'DEVICE', quantity: 1, unitPrice: 39.99, returnableUntil: hoursFromNow(20 * DAY), ...fields });
const delivered = (daysAgo: number, lines: OrderLine[] = [line()]) => anOrder({ status: 'DELIVERED', deliveredAt: hoursFromNow(-daysAgo * DAY), lines });
const aReturn: ItemReturn = { returnId: 'R', orderId: '114-0000009-0000009', lineId: 'l-1', item: 'Echo Pop', reason: 'NOT_NEEDED', state: 'LABEL_SENT', requestedAt: NOW };

describe('what the help pages do about an item that came wrong', () => {
  it.each<[string, ItemComplaint, ReturnType<typeof delivered>, OrderLine, ItemReturn[], ReturnType<typeof itemProblemPlan>]>([
    ['damaged within 30 days: a replacement or refund', 'DAMAGED', delivered(5), line(), [], { kind: 'REPLACE_OR_REFUND' }],
    ['damaged after 30 days: the orders team', 'DAMAGED', delivered(31), line(), [], { kind: 'TEAM', why: 'PAST_CLAIM_WINDOW' }],
    ['a device that does not work: troubleshooting first', 'DEFECTIVE', delivered(5), line(), [], { kind: 'TROUBLESHOOT_FIRST' }],
    ['a defective accessory: a replacement or refund', 'DEFECTIVE', delivered(5, [line({ kind: 'ACCESSORY' })]), line({ kind: 'ACCESSORY' }), [], { kind: 'REPLACE_OR_REFUND' }],
    ['a printed book: variance and blank pages are not defects', 'DEFECTIVE', delivered(5, [line({ kind: 'BOOK' })]), line({ kind: 'BOOK' }), [], { kind: 'BOOK_VARIANCE' }],
    ['a wrong item: returned for a refund', 'WRONG_ITEM', delivered(3), line(), [], { kind: 'RETURN_FOR_REFUND' }],
    ['not delivered yet: nothing to complain about', 'DAMAGED', anOrder(), line(), [], { kind: 'NOT_ARRIVED' }],
    ['missing but shipping separately: when it comes', 'MISSING', delivered(1), line({ shipment: { status: 'SHIPPED' } }), [], { kind: 'SHIPS_SEPARATELY' }],
    ['missing from a package that came: a replacement or refund', 'MISSING', delivered(1), line(), [], { kind: 'REPLACE_OR_REFUND' }],
    ['already being returned: the orders team', 'DAMAGED', delivered(5), line(), [aReturn], { kind: 'TEAM', why: 'ALREADY_RETURNING' }],
  ])('%s', (_, complaint, order, item, returns, expected) => {
    expect(itemProblemPlan(complaint, order, item, returns, NOW)).toEqual(expected);
  });

  it('offers a replacement for a device once troubleshooting is declined', () => {
    expect(itemProblemPlan('DEFECTIVE', delivered(5), line(), [], NOW, { troubleshootingDeclined: true })).toEqual({ kind: 'REPLACE_OR_REFUND' });
  });
});

describe('returns', () => {
  it.each<[string, ReturnType<typeof delivered>, OrderLine, ItemReturn[], ReturnType<typeof returnPlan>['kind']]>([
    ['within its window', delivered(5), line(), [], 'ELIGIBLE'],
    ['past its window', delivered(45), line({ returnableUntil: hoursFromNow(-15 * DAY) }), [], 'PAST_WINDOW'],
    ['not returnable at all', delivered(5), line({ returnableUntil: undefined }), [], 'NOT_RETURNABLE'],
    ['not here yet', anOrder({ status: 'ORDERED' }), line(), [], 'NOT_ARRIVED'],
    ['already on its way back', delivered(5), line(), [aReturn], 'ALREADY_RETURNING'],
  ])('an item %s', (_, order, item, returns, kind) => {
    expect(returnPlan(order, item, returns, NOW).kind).toBe(kind);
  });

  it('treats an order sent without items as one item returnable for 30 days after delivery', () => {
    const [only] = orderLines(anOrder({ status: 'DELIVERED', deliveredAt: NOW, lines: undefined }));
    expect(only).toMatchObject({ name: 'Echo Pop', returnableUntil: hoursFromNow(30 * DAY) });
  });

  it('finds the item named within an order', () => {
    const order = delivered(1, [line({ name: 'Fire TV Stick 4K Max' }), line({ lineId: 'l-2', name: 'AAA batteries' })]);
    expect(lineNamed(order, 'batteries').lineId).toBe('l-2');
    expect(lineNamed(order, undefined).lineId).toBe('l-1');
  });
});

describe('changing an order', () => {
  it.each([
    ['ORDERED', 'CHANGEABLE'],
    ['PREPARING', 'CHANGEABLE'],
    ['SHIPPED', 'SHIPPED'],
    ['DELIVERED', 'SHIPPED'],
    ['CANCELLED', 'CLOSED'],
  ] as const)('%s → %s', (status, plan) => {
    expect(changePlan(anOrder({ status }))).toBe(plan);
  });
});

describe('a charge the customer does not recognise', () => {
  const visa = { paymentMethodId: 'v', type: 'Visa', lastDigits: '4242' };
  const charge = (id: string, amount: number, hoursAgo: number): Charge => ({ chargeId: id, amount, chargedAt: hoursFromNow(-hoursAgo), method: visa, description: id });
  const charges = [charge('old', 5, 24 * 70), charge('plug', 24.99, 30), charge('ku', 11.99, 50), charge('cable', 12.99, 5)];
  const LA = 'America/Los_Angeles';

  it.each<[string, Parameters<typeof candidateCharges>[1], string[]]>([
    ['nothing remembered: every recent charge, newest first', {}, ['cable', 'plug', 'ku']],
    ['the amount to the cent', { amount: 24.99 }, ['plug']],
    ['only the dollars said', { amount: 11 }, ['ku']],
    ['the day, on the customer clock', { day: '2026-11-20' }, ['ku']],
    ['an amount that matches nothing', { amount: 99 }, []],
  ])('%s', (_, clue, ids) => {
    expect(candidateCharges(charges, clue, NOW, LA).map((c) => c.chargeId)).toEqual(ids);
  });
});

describe('order history', () => {
  it.each([
    ['a day', '2026-11-20', { first: '2026-11-20', last: '2026-11-20' }],
    ["a weekday Alexa heard as the coming one means the last one", '2026-11-24', { first: '2026-11-17', last: '2026-11-17' }],
    ['an ISO week', '2026-W47', { first: '2026-11-16', last: '2026-11-22' }],
    ['a month', '2026-11', { first: '2026-11-01', last: '2026-11-30' }],
    ['anything else', 'PRESENT_REF', undefined],
  ])('%s', (_, value, span) => {
    expect(pastDaySpan(value, '2026-11-22')).toEqual(span);
  });

  it("lists the orders placed on the span's days, newest first", () => {
    const orders = [anOrder({ orderId: 'a', orderedAt: hoursFromNow(-3 * DAY) }), anOrder({ orderId: 'b', orderedAt: hoursFromNow(-10 * DAY) }), anOrder({ orderId: 'c', orderedAt: hoursFromNow(-DAY) })];
    expect(ordersPlacedIn(orders, { first: '2026-11-16', last: '2026-11-22' }, 'America/Los_Angeles').map((o) => o.orderId)).toEqual(['c', 'a']);
  });
});

it('knows which device an item is, for troubleshooting', () => {
  expect(['Echo Dot (5th Gen)', 'Echo Show 8', 'Fire TV Stick 4K Max', 'Kindle Paperwhite', 'HDMI cable'].map(deviceKindOfItem)).toEqual(['ECHO', 'ECHO_SHOW', 'FIRE_TV', 'KINDLE', undefined]);
});
