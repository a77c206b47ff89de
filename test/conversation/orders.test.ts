import type { Order } from '../../lambda/domain/model';
import { AccessDeniedError, BackendUnavailableError, OrderNotCancellableError, type OrderService } from '../../lambda/ports/backend';
import { Conversation, testSkill, type TestSkill } from '../support/harness';
import type { Caller } from '../support/requests';
import { anOrder, orderServiceWith } from '../support/orders';
import { handoffSummary } from '../../lambda/domain/handoff-summary';
import type { Handoff } from '../../lambda/domain/handoff';

const ALEX: Caller = { accessToken: 'demo-token-alex', deviceId: 'amzn1.ask.device.DEMO_ECHO_DOT' };
const SAM: Caller = { accessToken: 'demo-token-sam', deviceId: 'amzn1.ask.device.DEMO_ECHO_DOT' };
const alex = (test?: TestSkill) => new Conversation(ALEX, test);

/** An order service that answers with `orders` and cancels as told. */
function ordersOf(orders: Order[], cancel?: OrderService['cancelOrder']): OrderService {
  return orderServiceWith({ listOrders: async () => orders.map((o) => ({ ...o })), ...(cancel ? { cancelOrder: cancel } : {}) });
}
const never = () => new Promise<never>(() => undefined);

describe("where's my order", () => {
  it('reads the three most relevant orders, asks before reading more, and shows them on a card', async () => {
    const c = alex();
    const first = await c.intent('OrderStatusIntent');
    expect(first.speech).toMatch(/^Here('s| are) .*most urgent first\./);
    const said = ['Echo Dot smart plug bundle is running late', 'Kindle Paperwhite cover has shipped with UPS. It should arrive tomorrow', 'USB-C charging cable from CableCo has shipped with USPS'];
    for (const words of said) expect(first.speech).toContain(words);
    expect(first.speech.indexOf(said[0])).toBeLessThan(first.speech.indexOf(said[1]));
    expect(first.speech.indexOf(said[1])).toBeLessThan(first.speech.indexOf(said[2]));
    expect(first.speech).not.toContain('Echo Show 8');
    expect(first.speech).toContain('You have 6 more recent orders. Would you like to hear them?');
    expect(first.card).toMatchObject({ type: 'Simple', title: 'Your orders' });
    expect(JSON.stringify(first.card)).toContain('114-0000001-0000001: Your Kindle Paperwhite cover has shipped with UPS. It should arrive tomorrow.');
    expect(first.endsSession).toBe(false);

    const more = await c.intent('AMAZON.YesIntent');
    expect(more.speech).toContain("Fire TV Alexa Voice Remote is ordered and hasn't shipped yet. It should arrive this Thursday.");
    expect(more.speech).toContain('Echo Show 8 was delivered on Friday.');
    expect(more.speech).toContain('You have 3 more recent orders.');
    expect(more.speech).not.toContain('Kindle');
  });

  it('sends a progressive response before looking the orders up', async () => {
    const demo = testSkill().deps.orders;
    let progressiveWhenAsked = -1;
    const test = testSkill({
      orders: {
        ...demo,
        listOrders: async (token) => {
          progressiveWhenAsked = test.alexaApi.sideEffects.length;
          return demo.listOrders(token);
        },
      },
    });
    await alex(test).intent('OrderStatusIntent');
    expect(progressiveWhenAsked).toBe(1);
    expect(test.alexaApi.sideEffects).toEqual([{ kind: 'progressive', ssml: expect.stringMatching(/^<speak>(Let me check your orders|One moment while I look up your orders)\.<\/speak>$/) }]);
  });

  it('reads the rest on "hear more", and moves on when the customer does not want more', async () => {
    const c = alex();
    await c.intent('OrderStatusIntent');
    const more = await c.intent('MoreOrdersIntent');
    expect(more.speech).toContain('Echo Show 8');
    const other = alex();
    await other.intent('OrderStatusIntent');
    const no = await other.intent('AMAZON.NoIntent');
    expect(no.speech).toBe('Okay. Is there anything else I can help with?');
    expect(other.state?.pending).toEqual({ id: 'support.anythingElse' });
  });

  it('reads the orders when triage learns it is about an order', async () => {
    const reply = await alex().intent('SupportIntent', { topic: { spoken: 'order', id: 'ORDER' } });
    expect(reply.speech).toContain('most urgent first');
  });

  it('finds an order by the item the customer names', async () => {
    const reply = await alex().intent('OrderStatusIntent', { item: { spoken: 'kindle cover', id: 'KINDLE_COVER' } });
    expect(reply.speech).toBe('About your order ending in 0001: Your Kindle Paperwhite cover has shipped with UPS. It should arrive tomorrow. Is there anything else I can help with?');
    expect(reply.ssml).toContain('<say-as interpret-as="digits">0001</say-as>');
    expect(reply.card?.type).toBe('Simple');
  });

  it('finds an order by its last digits, and mentions it can still be cancelled', async () => {
    const reply = await alex().intent('OrderStatusIntent', { orderNumber: '0003' });
    expect(reply.speech).toContain("Fire TV Alexa Voice Remote is ordered and hasn't shipped yet");
    expect(reply.speech).toContain('you can still cancel it: just say, cancel that order.');
  });

  it('says when an item is not among the orders, and lists what is', async () => {
    const c = alex();
    const reply = await c.intent('OrderStatusIntent', { item: { spoken: 'toaster' } });
    expect(reply.speech).toContain("I couldn't find an order for toaster");
    expect(reply.speech).toContain('Kindle Paperwhite cover');
    expect(reply.endsSession).toBe(false);
    const retry = await c.intent('OrderStatusIntent', { item: { spoken: 'remote', id: 'REMOTE' } });
    expect(retry.speech).toContain('Fire TV Alexa Voice Remote');
  });

  it('moves on when the customer wants none of the orders offered', async () => {
    const c = alex();
    await c.intent('OrderStatusIntent', { item: { spoken: 'toaster' } });
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toBe('Okay. Is there anything else I can help with?');
  });

  it('says when no order ends in the digits given, reading them back digit by digit', async () => {
    const reply = await alex().intent('OrderStatusIntent', { orderNumber: '9876' });
    expect(reply.speech).toContain("I couldn't find an order ending in 9876");
    expect(reply.ssml).toContain('<say-as interpret-as="digits">9876</say-as>');
  });

  it.each(['OrderStatusIntent', 'CancelOrderIntent'])(
    'tells a customer with no orders so, and offers other help (%s)',
    async (intent) => {
      const reply = await new Conversation(SAM).intent(intent);
      expect(reply.speech).toBe("I don't see any recent orders on your account. Is there anything else I can help with, like one of your devices?");
      expect(reply.endsSession).toBe(false);
    },
  );

  it('reads a delivered order with a hint for when it never came', async () => {
    const reply = await alex().intent('OrderStatusIntent', { item: { spoken: 'echo show', id: 'ECHO_SHOW' } });
    expect(reply.speech).toContain('Echo Show 8 was delivered on Friday');
    expect(reply.speech).toContain('my package never arrived');
  });
});

describe('dates in the device time zone', () => {
  const mondayNoonInLosAngeles = anOrder({ item: 'Echo Pop', promisedBy: new Date('2026-11-23T20:00:00Z') });

  it('says "tomorrow" for an arrival tomorrow in Los Angeles, though UTC already says today', async () => {
    const test = testSkill({ orders: ordersOf([mondayNoonInLosAngeles]) });
    const reply = await alex(test).intent('OrderStatusIntent');
    expect(reply.speech).toContain('Echo Pop has shipped with UPS. It should arrive tomorrow.');
  });

  it('says "today" when the device is set to UTC', async () => {
    const test = testSkill({ orders: ordersOf([mondayNoonInLosAngeles]) });
    test.alexaApi.user.timeZone = 'UTC';
    const reply = await alex(test).intent('OrderStatusIntent');
    expect(reply.speech).toContain('It should arrive today.');
  });

  it("falls back to the account's time zone when the request names no device", async () => {
    const demo = testSkill().deps.accounts;
    // An account in London: Monday noon in Los Angeles is already Monday evening there, so "today".
    const inLondon = { findByAccessToken: async (token: string) => ({ ...(await demo.findByAccessToken(token))!, timeZone: 'Europe/London' }) };
    const test = testSkill({ orders: ordersOf([mondayNoonInLosAngeles]), accounts: inLondon });
    const reply = await new Conversation({ accessToken: 'demo-token-alex' }, test).intent('OrderStatusIntent');
    expect(reply.speech).toContain('It should arrive today.');
  });
});

describe('a late order', () => {
  it('apologises, says what was promised and the latest tracking, and offers the orders team with the order attached', async () => {
    const c = alex();
    const reply = await c.intent('OrderLateIntent');
    expect(reply.speech).toContain("I'm sorry, your Echo Dot smart plug bundle is running late. It was due on Thursday.");
    expect(reply.speech).toContain('held at the carrier facility because of a weather delay');
    expect(reply.speech).toContain('Would you like me to put you in touch with them?');
    expect(reply.card).toMatchObject({ title: 'Your orders', content: expect.stringContaining('114-0000004-0000004: I\'m sorry, your Echo Dot smart plug bundle is running late.') });
    const yes = await c.intent('AMAZON.YesIntent');
    expect(yes.speech).toContain('orders team');
    expect(c.state?.handoff).toMatchObject({
      team: 'ORDERS',
      reason: 'ORDER_LATE',
      order: { orderId: '114-0000004-0000004', item: 'Echo Dot smart plug bundle', status: 'DELAYED' },
    });
    expect(handoffSummary(c.state?.handoff as Handoff)).toBe(
      'Order 114-0000004-0000004, Echo Dot smart plug bundle: delayed; due 2026-11-19; latest tracking: held at the carrier facility because of a weather delay. The customer asked for help with the late delivery.',
    );
  });

  it('takes the customer to a person with the late order when they say "agent" instead of yes', async () => {
    const c = alex();
    await c.intent('OrderStatusIntent', { item: { spoken: 'smart plug', id: 'SMART_PLUG' } });
    await c.intent('TalkToAgentIntent');
    expect(c.state?.handoff).toMatchObject({ reason: 'ORDER_LATE', order: { orderId: '114-0000004-0000004' } });
  });

  it('says so when nothing is late, with the next arrival', async () => {
    const test = testSkill({ orders: ordersOf([anOrder({ promisedBy: new Date('2026-11-23T20:00:00Z') })]) });
    const reply = await alex(test).intent('OrderLateIntent');
    expect(reply.speech).toContain('none of your orders is running late');
    expect(reply.speech).toContain('arrive tomorrow');
  });

  it('answers about the item named even when it is not late', async () => {
    const reply = await alex().intent('OrderLateIntent', { item: { spoken: 'kindle cover', id: 'KINDLE_COVER' } });
    expect(reply.speech).toContain('It should arrive tomorrow');
    expect(reply.speech).not.toContain("I'm sorry");
  });
});

describe('delivered but never received', () => {
  it("gives the help pages' checks, then offers the orders team with the order attached", async () => {
    const c = alex();
    const reply = await c.intent('PackageNotReceivedIntent');
    expect(reply.speech).toContain('Echo Show 8 was delivered on Friday');
    for (const step of ['around your door', 'hidden spots', 'neighbours', 'household', 'delivery photo']) expect(reply.speech).toContain(step);
    expect(reply.speech).toContain("As it's been more than 48 hours since it showed as delivered, our orders team can help now.");
    expect(reply.endsSession).toBe(false);
    await c.intent('AMAZON.YesIntent');
    expect(c.state?.handoff).toMatchObject({ team: 'ORDERS', reason: 'ORDER_NOT_RECEIVED', order: { orderId: '114-0000002-0000002', status: 'DELIVERED' } });
  });

  it('asks the customer to give a package delivered today up to 48 hours before the team steps in', async () => {
    const today = anOrder({ status: 'DELIVERED', deliveredAt: new Date('2026-11-22T22:00:00Z') });
    const reply = await alex(testSkill({ orders: ordersOf([today]) })).intent('PackageNotReceivedIntent');
    expect(reply.speech).toContain('was delivered today');
    expect(reply.speech).toContain("Packages sometimes arrive up to 48 hours after they show as delivered. If it still hasn't turned up after that, our orders team can help.");
  });

  it('leaves the customer to check first when they say no', async () => {
    const c = alex();
    await c.intent('PackageNotReceivedIntent');
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toBe('Okay. Is there anything else I can help with?');
  });

  it('says an order still on its way is on its way', async () => {
    const reply = await alex().intent('PackageNotReceivedIntent', { item: { spoken: 'kindle cover', id: 'KINDLE_COVER' } });
    expect(reply.speech).toContain('It should arrive tomorrow');
    expect(reply.speech).not.toContain('neighbours');
  });
});

describe('a third-party seller', () => {
  const fromCableCo = anOrder({ orderId: '114-0000007-0000007', item: 'HDMI cable', status: 'DELIVERED', deliveredAt: new Date('2026-11-21T20:00:00Z'), seller: { name: 'CableCo', thirdParty: true } });

  it('sends the customer to the seller first, and escalates when the seller has been silent two business days', async () => {
    const c = alex(testSkill({ orders: ordersOf([fromCableCo]) }));
    const reply = await c.intent('PackageNotReceivedIntent');
    expect(reply.speech).toContain('CableCo is a third-party seller, and they handle delivery problems first');
    expect(reply.speech).toContain('Contact seller');
    expect(reply.speech).toContain('Have you already contacted CableCo and heard nothing back for two business days?');
    await c.intent('AMAZON.YesIntent');
    expect(c.state?.handoff).toMatchObject({ team: 'ORDERS', reason: 'SELLER_UNRESPONSIVE', order: { orderId: '114-0000007-0000007' } });
  });

  it('asks the customer to contact the seller first when they have not', async () => {
    const c = alex(testSkill({ orders: ordersOf([fromCableCo]) }));
    await c.intent('OrderLateIntent', { item: { spoken: 'hdmi cable' } });
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toContain('Please contact CableCo first through Your Orders');
  });
});

describe('cancelling', () => {
  it('cancels an unshipped item after a yes, shows a card, and the cancellation lasts', async () => {
    const test = testSkill();
    const c = alex(test);
    const ask = await c.intent('CancelOrderIntent', { item: { spoken: 'remote', id: 'REMOTE' } });
    expect(ask.speech).toBe('You want to cancel your Fire TV Alexa Voice Remote, order ending in 0003. Shall I cancel it?');
    expect((await test.backend.orders.listOrders('demo-token-alex')).find((o) => o.orderId === '114-0000003-0000003')?.status).toBe('ORDERED');
    const done = await c.intent('AMAZON.YesIntent');
    expect(done.speech).toContain("Done: I've cancelled your Fire TV Alexa Voice Remote");
    expect(done.speech).toContain("you won't be charged");
    expect(done.card).toEqual({ type: 'Simple', title: 'Order cancelled', content: 'Cancelled: Fire TV Alexa Voice Remote (order 114-0000003-0000003). It will show in Your Orders under Cancelled orders.' });

    const later = await alex(test).intent('OrderStatusIntent', { orderNumber: '0003' });
    expect(later.speech).toContain('Your Fire TV Alexa Voice Remote order was cancelled.');
  });

  it('cancels nothing on a no', async () => {
    const test = testSkill();
    const c = alex(test);
    await c.intent('CancelOrderIntent');
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toContain("I haven't cancelled anything");
    expect((await test.backend.orders.listOrders('demo-token-alex')).find((o) => o.orderId === '114-0000003-0000003')?.status).toBe('ORDERED');
  });

  it('still leaves the skill on "cancel" in the middle of a cancellation, cancelling nothing', async () => {
    const test = testSkill();
    const c = alex(test);
    await c.intent('CancelOrderIntent');
    const bye = await c.intent('AMAZON.CancelIntent');
    expect(bye.endsSession).toBe(true);
    expect((await test.backend.orders.listOrders('demo-token-alex')).every((o) => o.status !== 'CANCELLED')).toBe(true);
  });

  it('cancels the order just spoken about on "cancel that order"', async () => {
    const c = alex();
    await c.intent('OrderStatusIntent', { orderNumber: '0003' });
    const ask = await c.intent('CancelOrderIntent');
    expect(ask.speech).toContain('Fire TV Alexa Voice Remote, order ending in 0003. Shall I cancel it?');
  });

  it('refuses a shipped item and explains the return path, without asking to confirm', async () => {
    const c = alex();
    const reply = await c.intent('CancelOrderIntent', { item: { spoken: 'kindle cover', id: 'KINDLE_COVER' } });
    expect(reply.speech).toContain("Your Kindle Paperwhite cover has already shipped, so it can't be cancelled anymore.");
    expect(reply.speech).toContain('return it from Your Orders');
    expect(c.state?.pending).toEqual({ id: 'support.anythingElse' });
  });

  it('says there is nothing to cancel once everything has shipped', async () => {
    const test = testSkill();
    const c = alex(test);
    await c.intent('CancelOrderIntent');
    await c.intent('AMAZON.YesIntent');
    const again = await alex(test).intent('CancelOrderIntent');
    expect(again.speech).toContain("nothing left to cancel");
  });

  it('asks which when several orders could be cancelled', async () => {
    const two = [anOrder({ orderId: '114-1', item: 'Echo Pop', status: 'ORDERED' }), anOrder({ orderId: '114-2', item: 'Kindle Scribe', status: 'PREPARING' })];
    const reply = await alex(testSkill({ orders: ordersOf(two) })).intent('CancelOrderIntent');
    expect(reply.speech).toBe('Which order would you like to cancel: Echo Pop or Kindle Scribe?');
  });

  it.each<[string, OrderService['cancelOrder'], string]>([
    ['the order service is down', async () => Promise.reject(new BackendUnavailableError('orders', 'HTTP 500')), 'has not been cancelled'],
    ['the order service never answers', never, 'has not been cancelled'],
    ['the item shipped meanwhile', async () => Promise.reject(new OrderNotCancellableError(anOrder({ orderId: '114-1', item: 'Echo Pop', status: 'SHIPPED' }))), 'already shipped'],
  ])('never reports a cancellation done when %s', async (_, cancel, words) => {
    const c = alex(testSkill({ orders: ordersOf([anOrder({ orderId: '114-1', item: 'Echo Pop', status: 'ORDERED' })], cancel) }));
    await c.intent('CancelOrderIntent');
    const reply = await c.intent('AMAZON.YesIntent');
    expect(reply.speech).toContain(words);
    expect(reply.speech).not.toContain("I've cancelled");
    expect(reply.card).toBeUndefined();
  });
});

describe('account linking', () => {
  it.each<[string, Caller, string]>([
    ['no account linked', { deviceId: ALEX.deviceId }, 'I need your account linked'],
    ['a token the backend does not know', { deviceId: ALEX.deviceId, accessToken: 'stale-token' }, "Your account link isn't working anymore"],
  ])('with %s, asks to link and sends the LinkAccount card', async (_, caller, words) => {
    for (const intent of ['OrderStatusIntent', 'OrderLateIntent', 'PackageNotReceivedIntent', 'CancelOrderIntent']) {
      const reply = await new Conversation(caller).intent(intent);
      expect(reply.speech).toContain(words);
      expect(reply.card).toEqual({ type: 'LinkAccount' });
      expect(reply.endsSession).toBe(true);
    }
  });

  it('asks to relink when the order service refuses the token', async () => {
    const test = testSkill({ orders: orderServiceWith({ listOrders: async () => Promise.reject(new AccessDeniedError('orders')), cancelOrder: never }) });
    const reply = await alex(test).intent('OrderStatusIntent');
    expect(reply.card).toEqual({ type: 'LinkAccount' });
  });

  it('keeps device help working without a link', async () => {
    const reply = await new Conversation({}).intent('SupportIntent', { device: { spoken: 'kindle', id: 'KINDLE' } });
    expect(reply.card?.type).not.toBe('LinkAccount');
    expect(reply.speech).toContain('Kindle');
  });

  it('says the account cannot be reached when the account backend is down', async () => {
    const test = testSkill({ accounts: { findByAccessToken: () => Promise.reject(new Error('down')) } });
    const reply = await alex(test).intent('OrderStatusIntent');
    expect(reply.speech).toContain("I can't reach your account right now. Please try again in a few minutes.");
    expect(reply.card).toBeUndefined();
    expect(reply.endsSession).toBe(false);
  });
});

describe('the order service down, slow or answering garbage', () => {
  it.each<[string, OrderService['listOrders']]>([
    ['down', async () => Promise.reject(new BackendUnavailableError('orders', 'HTTP 503'))],
    ['slow', never],
    ['garbage', async () => Promise.reject(new BackendUnavailableError('orders', 'malformed order list'))],
    ['throwing anything', async () => Promise.reject(new TypeError('x is undefined'))],
  ])('%s: says orders cannot be reached now, and offers the orders team', async (_, listOrders) => {
    const test = testSkill({ orders: orderServiceWith({ listOrders, cancelOrder: never }) });
    const c = alex(test);
    const started = Date.now();
    const reply = await c.intent('OrderStatusIntent');
    expect(Date.now() - started).toBeLessThan(test.deps.backendTimeoutMs + 500);
    expect(reply.speech).toContain("I can't reach our order system right now");
    expect(reply.speech).toContain('try again in a few minutes');
    const yes = await c.intent('AMAZON.YesIntent');
    expect(yes.speech).toContain('orders team');
    expect(c.state?.handoff).toMatchObject({ team: 'ORDERS', reason: 'CUSTOMER_ASKED' });
  });
});

describe('logs', () => {
  it('log ids and outcomes of order conversations, never tokens, items or sellers', async () => {
    const test = testSkill({ orders: orderServiceWith({ listOrders: async () => Promise.reject(new BackendUnavailableError('orders', 'HTTP 503')), cancelOrder: never }) });
    await alex(test).intent('OrderStatusIntent');
    const working = testSkill();
    const c = alex(working);
    for (const intent of ['OrderStatusIntent', 'OrderLateIntent', 'PackageNotReceivedIntent']) await c.intent(intent);
    const cancelling = alex(working);
    await cancelling.intent('CancelOrderIntent');
    await cancelling.intent('AMAZON.YesIntent');
    const logged = JSON.stringify([...test.log.entries, ...working.log.entries]);
    expect(logged).toContain('order cancelled');
    expect(logged).toContain('orders backend unavailable');
    for (const secret of ['demo-token-alex', 'Fire TV Alexa Voice Remote', 'Kindle Paperwhite cover', 'CableCo']) expect(logged).not.toContain(secret);
  });
});
