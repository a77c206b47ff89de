import type { Order, OrderStatus } from '../../lambda/domain/model';
import { orderCardText, orderRef, orderStatus } from '../../lambda/handlers/order-speech';
import { speechFor } from '../../lambda/speech/i18n';
import { plainText } from '../../lambda/speech/ssml';
import { leakedPlaceholders, ssmlProblems } from '../support/certification';
import { NOW, anOrder, hoursFromNow } from '../support/orders';

const t = speechFor('en-US', () => 0);
const LA = 'America/Los_Angeles';
const say = (order: Order, timeZone = LA) => orderStatus(order, { t, now: NOW, timeZone });

describe('each status, spoken', () => {
  it.each<[string, Partial<Order>, string]>([
    ['ordered', { status: 'ORDERED', carrier: undefined, promisedBy: hoursFromNow(24 * 4) }, "Your Echo Pop is ordered and hasn't shipped yet. It should arrive this Thursday."],
    ['preparing', { status: 'PREPARING', carrier: undefined, promisedBy: hoursFromNow(48) }, 'Your Echo Pop is being prepared for shipping. It should arrive on Tuesday.'],
    ['shipped', { status: 'SHIPPED', carrier: 'UPS', promisedBy: hoursFromNow(24) }, 'Your Echo Pop has shipped with UPS. It should arrive tomorrow.'],
    ['shipped, carrier estimate first', { status: 'SHIPPED', promisedBy: hoursFromNow(72), expectedBy: hoursFromNow(24) }, 'Your Echo Pop has shipped with UPS. It should arrive tomorrow.'],
    ['shipped, no carrier or date', { status: 'SHIPPED', carrier: undefined, promisedBy: undefined }, 'Your Echo Pop has shipped.'],
    ['out for delivery', { status: 'OUT_FOR_DELIVERY', carrier: 'USPS' }, 'Your Echo Pop is out for delivery with USPS and should arrive today.'],
    ['delivered', { status: 'DELIVERED', deliveredAt: hoursFromNow(-48) }, 'Your Echo Pop was delivered on Friday.'],
    ['delivered yesterday', { status: 'DELIVERED', deliveredAt: hoursFromNow(-20) }, 'Your Echo Pop was delivered yesterday.'],
    [
      'delayed, no new date',
      { status: 'DELAYED', promisedBy: hoursFromNow(-72), latestTracking: 'held at the carrier facility' },
      "I'm sorry, your Echo Pop is running late. It was due on Thursday. The carrier's latest update: held at the carrier facility. There's no new delivery date yet.",
    ],
    [
      'delayed, with a new date',
      { status: 'DELAYED', promisedBy: hoursFromNow(-72), expectedBy: hoursFromNow(48) },
      "I'm sorry, your Echo Pop is running late. It was due on Thursday. It's now expected on Tuesday.",
    ],
    ['shipped but past its date', { status: 'SHIPPED', promisedBy: hoursFromNow(-30) }, "I'm sorry, your Echo Pop is running late. It was due yesterday. There's no new delivery date yet."],
    ['cancelled', { status: 'CANCELLED' }, 'Your Echo Pop order was cancelled.'],
    ['returned', { status: 'RETURNED' }, 'Your Echo Pop was returned.'],
    ['refunded', { status: 'REFUNDED' }, 'Your Echo Pop was returned and refunded.'],
    ['from a third-party seller', { seller: { name: 'CableCo', thirdParty: true }, promisedBy: hoursFromNow(48) }, 'Your Echo Pop from CableCo has shipped with UPS. It should arrive on Tuesday.'],
  ])('%s', (_, fields, expected) => {
    const ssml = say(anOrder(fields));
    expect(plainText(ssml)).toBe(expected);
    expect(ssmlProblems(`<speak>${ssml}</speak>`)).toEqual([]);
    expect(leakedPlaceholders(ssml)).toEqual([]);
  });

  it('has a phrasing for every status', () => {
    const statuses: OrderStatus[] = ['ORDERED', 'PREPARING', 'SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'DELAYED', 'CANCELLED', 'RETURNED', 'REFUNDED'];
    const said = statuses.map((status) => plainText(say(anOrder({ status, deliveredAt: hoursFromNow(-5) }))));
    expect(new Set(said).size).toBe(statuses.length);
  });

  it('escapes item names from the backend', () => {
    const ssml = say(anOrder({ item: 'Cables & <Adapters>' }));
    expect(ssml).toContain('Cables &amp; &lt;Adapters&gt;');
    expect(ssmlProblems(`<speak>${ssml}</speak>`)).toEqual([]);
  });

  it('reads far dates as dates, with say-as', () => {
    expect(say(anOrder({ promisedBy: new Date('2026-12-10T20:00:00Z') }))).toContain('on <say-as interpret-as="date" format="ymd">20261210</say-as>');
  });

  it('reads the order number as its last four digits, digit by digit', () => {
    expect(orderRef(anOrder({ orderId: '114-0000003-0000003' }), t).markup).toBe('order ending in <say-as interpret-as="digits">0003</say-as>');
  });
});

describe('time zones', () => {
  // Monday noon in Los Angeles: still "tomorrow" there at Sunday 7:30 PM, though UTC is already Monday.
  const mondayNoonLa = new Date('2026-11-23T20:00:00Z');

  it('says an arrival tomorrow in Los Angeles is tomorrow, though in UTC it is today', () => {
    const order = anOrder({ promisedBy: mondayNoonLa });
    expect(plainText(say(order, LA))).toContain('arrive tomorrow');
    expect(plainText(say(order, 'UTC'))).toContain('arrive today');
  });

  it('says a delivery on Sunday morning in Los Angeles was today there, and yesterday in Tokyo, where it is Monday', () => {
    const order = anOrder({ status: 'DELIVERED', deliveredAt: new Date('2026-11-22T14:00:00Z') });
    expect(plainText(say(order, LA))).toContain('delivered today');
    expect(plainText(say(order, 'Asia/Tokyo'))).toContain('delivered yesterday');
  });
});

describe('the card', () => {
  it('shows each order with its full number and the same words, without markup', () => {
    const text = orderCardText([anOrder({ orderId: '114-1', promisedBy: hoursFromNow(24) }), anOrder({ orderId: '114-2', status: 'CANCELLED' })], { t, now: NOW, timeZone: LA });
    expect(text).toBe('114-1: Your Echo Pop has shipped with UPS. It should arrive tomorrow.\n114-2: Your Echo Pop order was cancelled.');
  });
});
