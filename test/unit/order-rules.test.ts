import { matchByItem, matchByNumber, namesNoItem, lastDigits } from '../../lambda/domain/orders/matching';
import { cancelPlan, isCancellable, isLate, likelySubject, orderProblem, rankOrders, recentOrders, withinDeliveryGrace } from '../../lambda/domain/orders/rules';
import { demoCustomers } from '../../lambda/adapters/demo/demo-data';
import type { OrderStatus } from '../../lambda/domain/model';
import { NOW, anOrder, hoursFromNow } from '../support/orders';

const alexOrders = demoCustomers(NOW)[0].orders;
const items = (orders: { item: string }[]) => orders.map((o) => o.item);

describe('which orders come first', () => {
  it('puts out-for-delivery and late orders first, the rest by arrival, finished ones last', () => {
    const orders = [
      anOrder({ orderId: 'delivered-old', status: 'DELIVERED', deliveredAt: hoursFromNow(-100) }),
      anOrder({ orderId: 'refunded', status: 'REFUNDED', orderedAt: hoursFromNow(-10) }),
      anOrder({ orderId: 'in-3-days', promisedBy: hoursFromNow(72) }),
      anOrder({ orderId: 'delivered-new', status: 'DELIVERED', deliveredAt: hoursFromNow(-5) }),
      anOrder({ orderId: 'late', status: 'SHIPPED', promisedBy: hoursFromNow(-30) }),
      anOrder({ orderId: 'tomorrow', status: 'ORDERED', promisedBy: hoursFromNow(24), expectedBy: hoursFromNow(20) }),
      anOrder({ orderId: 'out', status: 'OUT_FOR_DELIVERY', promisedBy: hoursFromNow(3) }),
    ];
    expect(rankOrders(orders, NOW).map((o) => o.orderId)).toEqual(['out', 'late', 'tomorrow', 'in-3-days', 'delivered-new', 'delivered-old', 'refunded']);
  });

  it('orders the demo account: the late bundle, then the cover tomorrow, then the cable, the remote, the delivered ones newest first', () => {
    expect(items(rankOrders(alexOrders, NOW))).toEqual([
      'Echo Dot smart plug bundle',
      'Kindle Paperwhite cover',
      'USB-C charging cable',
      'Fire TV Alexa Voice Remote',
      'Echo Show 8',
      'Fire TV Stick 4K Max with batteries',
      'HDMI cable',
      'Echo Dot (5th Gen)',
      'Smart home guide book',
      'Echo Buds',
      'Kindle Paperwhite',
      'Kindle Kids case',
    ]);
  });

  it('leaves out orders that finished more than a month ago, never open ones', () => {
    const old = anOrder({ orderId: 'old', status: 'DELIVERED', deliveredAt: hoursFromNow(-24 * 40) });
    const slow = anOrder({ orderId: 'slow', status: 'DELAYED', orderedAt: hoursFromNow(-24 * 60) });
    expect(recentOrders([old, slow], NOW).map((o) => o.orderId)).toEqual(['slow']);
  });
});

describe('classifying the seeds’ flows', () => {
  it.each<[string, Partial<Parameters<typeof anOrder>[0]>, boolean]>([
    ['delayed by the carrier', { status: 'DELAYED' }, true],
    ['shipped and past the promised date', { status: 'SHIPPED', promisedBy: hoursFromNow(-1) }, true],
    ['ordered and past the promised date', { status: 'ORDERED', promisedBy: hoursFromNow(-1) }, true],
    ['shipped, due tomorrow', { status: 'SHIPPED', promisedBy: hoursFromNow(24) }, false],
    ['delivered after the promised date', { status: 'DELIVERED', promisedBy: hoursFromNow(-48) }, false],
    ['cancelled past the promised date', { status: 'CANCELLED', promisedBy: hoursFromNow(-48) }, false],
    ['no promised date at all', { status: 'SHIPPED', promisedBy: undefined }, false],
  ])('late: %s → %s', (_, fields, late) => {
    expect(isLate(anOrder(fields), NOW)).toBe(late);
  });

  it.each<[OrderStatus, boolean]>([
    ['ORDERED', true],
    ['PREPARING', true],
    ['SHIPPED', false],
    ['OUT_FOR_DELIVERY', false],
    ['DELIVERED', false],
    ['DELAYED', false],
    ['CANCELLED', false],
    ['RETURNED', false],
    ['REFUNDED', false],
  ])('cancellable when %s: %s', (status, cancellable) => {
    expect(isCancellable(anOrder({ status }))).toBe(cancellable);
  });

  it.each<[OrderStatus, ReturnType<typeof cancelPlan>]>([
    ['ORDERED', 'CONFIRM'],
    ['PREPARING', 'CONFIRM'],
    ['SHIPPED', 'ALREADY_SHIPPED'],
    ['OUT_FOR_DELIVERY', 'ALREADY_SHIPPED'],
    ['DELIVERED', 'ALREADY_SHIPPED'],
    ['DELAYED', 'ALREADY_SHIPPED'],
    ['CANCELLED', 'ALREADY_CANCELLED'],
    ['RETURNED', 'RETURNED'],
    ['REFUNDED', 'RETURNED'],
  ])('cancel plan for %s: %s', (status, plan) => {
    expect(cancelPlan(anOrder({ status }))).toBe(plan);
  });

  it.each<[string, Partial<Parameters<typeof anOrder>[0]>, ReturnType<typeof orderProblem>]>([
    ['late from the store', { status: 'DELAYED' }, { kind: 'LATE', sellerFirst: false }],
    ['late from a third-party seller', { status: 'DELAYED', seller: { name: 'CableCo', thirdParty: true } }, { kind: 'LATE', sellerFirst: true }],
    ['delivered but not received', { status: 'DELIVERED', deliveredAt: hoursFromNow(-30) }, { kind: 'DELIVERED_NOT_RECEIVED', sellerFirst: false }],
    ['delivered by a third-party seller', { status: 'DELIVERED', seller: { name: 'CableCo', thirdParty: true } }, { kind: 'DELIVERED_NOT_RECEIVED', sellerFirst: true }],
    ['on its way, on time', { status: 'SHIPPED' }, { kind: 'ON_ITS_WAY' }],
    ['refunded', { status: 'REFUNDED' }, { kind: 'CLOSED' }],
  ])('a complaint about an order %s', (_, fields, problem) => {
    expect(orderProblem(anOrder(fields), NOW)).toEqual(problem);
  });

  it.each<[number, boolean]>([
    [-5, true],
    [-47, true],
    [-48, false],
    [-100, false],
  ])('delivered %i hours ago: may still turn up: %s', (hours, grace) => {
    expect(withinDeliveryGrace(anOrder({ status: 'DELIVERED', deliveredAt: hoursFromNow(hours) }), NOW)).toBe(grace);
  });

  it('takes "it’s late" to the late order and "it never arrived" to the latest delivered one', () => {
    expect(likelySubject(alexOrders, NOW, 'LATE')?.orderId).toBe('114-0000004-0000004');
    expect(likelySubject(alexOrders, NOW, 'NOT_RECEIVED')?.orderId).toBe('114-0000002-0000002');
  });

  it('takes "it never arrived" to a late order when nothing shows as delivered, and finds nothing late on time', () => {
    const onTime = anOrder({ orderId: 'on-time' });
    const late = anOrder({ orderId: 'late', status: 'DELAYED' });
    expect(likelySubject([onTime, late], NOW, 'NOT_RECEIVED')?.orderId).toBe('late');
    expect(likelySubject([onTime], NOW, 'LATE')).toBeUndefined();
    expect(likelySubject([onTime], NOW, 'NOT_RECEIVED')).toBeUndefined();
  });
});

describe('finding the order the customer names', () => {
  it.each<[string, string[]]>([
    ['kindle cover', ['Kindle Paperwhite cover']],
    ['remote', ['Fire TV Alexa Voice Remote']],
    ['fire tv remote', ['Fire TV Alexa Voice Remote']],
    ['echo show', ['Echo Show 8']],
    ['echo', ['Echo Show 8', 'Echo Dot smart plug bundle', 'Echo Dot (5th Gen)', 'Echo Buds']],
    ['echo dot', ['Echo Dot smart plug bundle', 'Echo Dot (5th Gen)']],
    ['batteries', ['Fire TV Stick 4K Max with batteries']],
    ['smart plugs', ['Echo Dot smart plug bundle']],
    ['charger', ['USB-C charging cable']],
    ['usb c cable', ['USB-C charging cable']],
    ['Kindle', ['Kindle Paperwhite cover', 'Kindle Kids case', 'Kindle Paperwhite']],
    ['toaster', []],
    ['', []],
  ])('"%s" finds %j', (spoken, expected) => {
    expect(items(matchByItem(alexOrders, spoken))).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ['my order', true],
    ['the package', true],
    ['order', true],
    ['kindle cover', false],
  ])('"%s" names no item: %s', (spoken, none) => {
    expect(namesNoItem(spoken)).toBe(none);
  });

  it.each<[string, string[]]>([
    ['0003', ['114-0000003-0000003']],
    ['3', ['114-0000003-0000003']],
    ['114-0000002-0000002', ['114-0000002-0000002']],
    ['00000', []],
    ['9999', []],
    ['?', []],
  ])('order number ending "%s" finds %j', (spoken, expected) => {
    expect(matchByNumber(alexOrders, spoken).map((o) => o.orderId)).toEqual(expected);
  });

  it('reads the last four digits of an order number', () => {
    expect(lastDigits('114-0000003-0000003')).toBe('0003');
  });
});
