import { httpOrders } from '../../lambda/adapters/http/http-orders';
import { assembleDeps, settingsFrom } from '../../lambda/config';
import { Conversation, testSkill } from '../support/harness';
import { json, localService, type Route } from '../support/local-service';
import {
  AccessDeniedError,
  BackendUnavailableError,
  ItemNotReturnableError,
  OrderNotCancellableError,
  OrderNotChangeableError,
  OrderNotFoundError,
} from '../../lambda/ports/backend';

const TIMEOUT_MS = 500;

const wireOrder = (fields: Record<string, unknown> = {}) => ({
  orderId: '114-0000003-0000003',
  item: 'Fire TV Alexa Voice Remote',
  status: 'ORDERED',
  orderedAt: '2026-11-22T23:30:00Z',
  seller: { name: 'Device Help Desk Store', thirdParty: false },
  promisedBy: '2026-11-27T03:30:00.000Z',
  ...fields,
});

/** A real order service on 127.0.0.1, answering each test's way; records what it was asked. */
const service = localService('/v1/');

const orders = () => httpOrders({ baseUrl: service.baseUrl, timeoutMs: TIMEOUT_MS });

describe('listing orders over HTTP', () => {
  it('asks GET /orders with the linked token as bearer, and parses dates', async () => {
    service.route = json(200, { orders: [wireOrder(), wireOrder({ orderId: '114-2', status: 'DELIVERED', deliveredAt: '2026-11-21T03:30:00Z', carrier: 'USPS' })] });
    const list = await orders().listOrders('token-abc');
    expect(service.seen).toEqual([{ method: 'GET', url: '/v1/orders', authorization: 'Bearer token-abc' }]);
    expect(list).toHaveLength(2);
    expect(list[0].orderedAt).toEqual(new Date('2026-11-22T23:30:00Z'));
    expect(list[0].promisedBy).toEqual(new Date('2026-11-27T03:30:00Z'));
    expect(list[1]).toMatchObject({ status: 'DELIVERED', carrier: 'USPS', deliveredAt: new Date('2026-11-21T03:30:00Z') });
  });

  it('gives up on a slow answer within its timeout', async () => {
    service.route = (_, res) => setTimeout(() => json(200, { orders: [] })(_, res), TIMEOUT_MS * 5);
    const started = Date.now();
    await expect(orders().listOrders('t')).rejects.toThrow(BackendUnavailableError);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 3);
  });

  it.each<[string, Route]>([
    ['a server error', json(500, { message: 'boom' })],
    ['a 503 with an HTML page', (_, res) => res.writeHead(503, { 'content-type': 'text/html' }).end('<html>down</html>')],
    ['malformed JSON', json(200, '{"orders": [')],
    ['the wrong shape', json(200, { items: [] })],
    ['an unknown status', json(200, { orders: [wireOrder({ status: 'LOST_IN_SPACE' })] })],
    ['a date that is not one', json(200, { orders: [wireOrder({ orderedAt: 'yesterday' })] })],
    ['a missing item', json(200, { orders: [wireOrder({ item: undefined })] })],
  ])('treats %s as the service being unavailable', async (_, answer) => {
    service.route = answer;
    await expect(orders().listOrders('t')).rejects.toThrow(BackendUnavailableError);
  });

  it.each([401, 403])('reports a refused token (%i) so the customer is asked to relink', async (status) => {
    service.route = json(status, { message: 'invalid token' });
    await expect(orders().listOrders('t')).rejects.toThrow(AccessDeniedError);
  });

  it('treats an unreachable service as unavailable', async () => {
    const closed = httpOrders({ baseUrl: 'http://127.0.0.1:1/', timeoutMs: TIMEOUT_MS });
    await expect(closed.listOrders('t')).rejects.toThrow(BackendUnavailableError);
  });
});

describe('cancelling over HTTP', () => {
  it('asks POST /orders/{id}/cancel and returns the cancelled order', async () => {
    service.route = json(200, { order: wireOrder({ status: 'CANCELLED' }) });
    const order = await orders().cancelOrder('token-abc', '114-0000003-0000003');
    expect(service.seen).toEqual([{ method: 'POST', url: '/v1/orders/114-0000003-0000003/cancel', authorization: 'Bearer token-abc' }]);
    expect(order.status).toBe('CANCELLED');
  });

  it('says an unknown order (404) is not found, even with a non-JSON body', async () => {
    service.route = (_, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    await expect(orders().cancelOrder('t', '114-9')).rejects.toThrow(OrderNotFoundError);
  });

  it('says a shipped order (409) cannot be cancelled, with the order as it stands', async () => {
    service.route = json(409, { order: wireOrder({ status: 'SHIPPED', carrier: 'UPS' }) });
    const error = await orders().cancelOrder('t', '114-0000003-0000003').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OrderNotCancellableError);
    expect((error as OrderNotCancellableError).order.status).toBe('SHIPPED');
  });

  it.each<[string, Route]>([
    ['a server error', json(500, {})],
    ['an answer that is not a cancelled order', json(200, { order: wireOrder({ status: 'ORDERED' }) })],
    ['a 409 without the order', json(409, { message: 'no' })],
    ['a slow answer', (_, res) => setTimeout(() => json(200, { order: wireOrder({ status: 'CANCELLED' }) })(_, res), TIMEOUT_MS * 5)],
  ])('never reports a cancellation done on %s', async (_, answer) => {
    service.route = answer;
    await expect(orders().cancelOrder('t', '114-0000003-0000003')).rejects.toThrow(BackendUnavailableError);
  });
});

describe('choosing the orders adapter from configuration', () => {
  it('uses the order service when ORDERS_API_URL is set', async () => {
    service.route = json(200, { orders: [wireOrder({ item: 'From the service' })] });
    const deps = assembleDeps({ settings: settingsFrom({ ORDERS_API_URL: service.baseUrl, BACKEND_TIMEOUT_MS: '500' }) });
    const list = await deps.orders.listOrders('demo-token-alex');
    expect(list.map((o) => o.item)).toEqual(['From the service']);
  });

  it('uses the demo orders without it', async () => {
    const deps = assembleDeps({ settings: settingsFrom({}) });
    const list = await deps.orders.listOrders('demo-token-alex');
    expect(list).toHaveLength(12);
    expect(service.seen).toEqual([]);
  });

  it('refuses a setting that is not a URL at start-up', () => {
    expect(() => settingsFrom({ ORDERS_API_URL: 'orders.example.com' })).toThrow('ORDERS_API_URL');
  });
});

describe('the skill on the HTTP order service', () => {
  const caller = { accessToken: 'demo-token-alex', deviceId: 'amzn1.ask.device.DEMO_ECHO_DOT' };
  const skillOn = (url: string) => new Conversation(caller, testSkill({ orders: httpOrders({ baseUrl: url, timeoutMs: TIMEOUT_MS }) }));

  it("reads the service's orders", async () => {
    service.route = json(200, { orders: [wireOrder({ promisedBy: '2026-11-23T20:00:00Z' })] });
    const reply = await skillOn(service.baseUrl).intent('OrderStatusIntent');
    expect(reply.speech).toContain("Your Fire TV Alexa Voice Remote is ordered and hasn't shipped yet. It should arrive tomorrow.");
  });

  it.each<[string, string, Route]>([
    ['fails', 'service', json(500, {})],
    ['answers garbage', 'service', json(200, 'not json')],
    ['is slow', 'service', (_, res) => setTimeout(() => json(200, { orders: [] })(_, res), TIMEOUT_MS * 5)],
    ['cannot be reached', 'closed', json(200, {})],
  ])('says orders cannot be reached when the service %s', async (_, where, answer) => {
    service.route = answer;
    const reply = await skillOn(where === 'closed' ? 'http://127.0.0.1:1/' : service.baseUrl).intent('OrderStatusIntent');
    expect(reply.speech).toContain("I can't reach our order system right now");
  });
});

const wireLine = (fields: Record<string, unknown> = {}) => ({ lineId: 'l-1', name: 'Echo Dot (5th Gen)', kind: 'DEVICE', quantity: 1, unitPrice: 49.99, returnableUntil: '2026-12-20T08:00:00Z', ...fields });
const wireVisa = { paymentMethodId: 'pm-visa', type: 'Visa', lastDigits: '4242' };
const wireReturn = (fields: Record<string, unknown> = {}) => ({
  returnId: 'R-1',
  orderId: '114-0000006-0000006',
  lineId: 'l-1',
  item: 'Echo Dot (5th Gen)',
  reason: 'DAMAGED',
  state: 'LABEL_SENT',
  requestedAt: '2026-11-23T03:30:00Z',
  ...fields,
});
const itemRequest = { orderId: '114-0000006-0000006', lineId: 'l-1', reason: 'DAMAGED' as const, requestId: 'amzn1.echo-api.request.abc' };

describe('order details, returns, charges and saved options over HTTP', () => {
  it('parses items with their return window and separate shipments', async () => {
    const shipment = { status: 'SHIPPED', carrier: 'USPS', expectedBy: '2026-11-24T08:00:00Z' };
    service.route = json(200, { orders: [wireOrder({ lines: [wireLine(), wireLine({ lineId: 'l-2', kind: 'ACCESSORY', shipment })], paymentMethod: wireVisa, shipTo: { addressId: 'a-1', name: 'Home' } })] });
    const [order] = await orders().listOrders('t');
    expect(order.lines![0].returnableUntil).toEqual(new Date('2026-12-20T08:00:00Z'));
    expect(order.lines![1].shipment).toEqual({ status: 'SHIPPED', carrier: 'USPS', expectedBy: new Date('2026-11-24T08:00:00Z') });
    expect(order.shipTo?.name).toBe('Home');
  });

  it('reads returns with their refunds, charges, and the saved addresses and cards', async () => {
    const refund = { amount: 29.99, method: wireVisa, issuedAt: '2026-11-22T03:30:00Z', expectedBy: '2026-11-27T03:30:00Z' };
    service.route = (req, res) => {
      const bodies: Record<string, unknown> = {
        '/v1/returns': { returns: [wireReturn({ state: 'REFUNDED', refund })] },
        '/v1/charges': { charges: [{ chargeId: 'c-1', amount: 11.99, chargedAt: '2026-11-21T03:30:00Z', method: wireVisa, subscription: 'Kindle Unlimited', description: 'Kindle Unlimited monthly membership' }] },
        '/v1/order-options': { addresses: [{ addressId: 'a-1', name: 'Home' }], paymentMethods: [wireVisa] },
      };
      json(200, bodies[req.url!])(req, res);
    };
    const [itemReturn] = await orders().listReturns('t');
    expect(itemReturn.refund).toMatchObject({ amount: 29.99, expectedBy: new Date('2026-11-27T03:30:00Z') });
    expect((await orders().listCharges('t'))[0]).toMatchObject({ subscription: 'Kindle Unlimited', chargedAt: new Date('2026-11-21T03:30:00Z') });
    expect(await orders().orderOptions('t')).toEqual({ addresses: [{ addressId: 'a-1', name: 'Home' }], paymentMethods: [wireVisa] });
  });

  it.each<[string, () => Promise<unknown>, Route]>([
    ['an item of an unknown kind', () => orders().listOrders('t'), json(200, { orders: [wireOrder({ lines: [wireLine({ kind: 'GADGET' })] })] })],
    ['a card with a full number', () => orders().listOrders('t'), json(200, { orders: [wireOrder({ paymentMethod: { ...wireVisa, lastDigits: '4242424242424242' } })] })],
    ['a return in an unknown state', () => orders().listReturns('t'), json(200, { returns: [wireReturn({ state: 'LOST' })] })],
    ['a charge without its amount', () => orders().listCharges('t'), json(200, { charges: [{ chargeId: 'c', chargedAt: '2026-11-21T03:30:00Z', method: wireVisa, description: 'x' }] })],
    ['options that are not a list', () => orders().orderOptions('t'), json(200, { addresses: 'Home', paymentMethods: [] })],
    ['a server error on returns', () => orders().listReturns('t'), json(500, {})],
    ['a slow charge list', () => orders().listCharges('t'), (_, res) => setTimeout(() => json(200, { charges: [] })(_, res), TIMEOUT_MS * 5)],
  ])('treats %s as the service being unavailable', async (_, read, answer) => {
    service.route = answer;
    await expect(read()).rejects.toThrow(BackendUnavailableError);
  });

  it('reports a refused token on the new reads too', async () => {
    service.route = json(401, {});
    await expect(orders().listReturns('t')).rejects.toThrow(AccessDeniedError);
  });
});

describe('returns, replacements and changes over HTTP', () => {
  it('starts a return with the item and reason, keyed by the Alexa request id', async () => {
    service.route = json(201, { return: wireReturn() });
    const started = await orders().startReturn('token-abc', itemRequest);
    expect(service.writes).toEqual([{ url: '/v1/orders/114-0000006-0000006/returns', idempotencyKey: itemRequest.requestId, body: { lineId: 'l-1', reason: 'DAMAGED' } }]);
    expect(started.state).toBe('LABEL_SENT');
  });

  it('requests a replacement the same way', async () => {
    service.route = json(200, { replacement: { replacementId: 'X-1', orderId: itemRequest.orderId, lineId: 'l-1', item: 'Echo Dot (5th Gen)', expectedBy: '2026-11-25T03:30:00Z' } });
    const replacement = await orders().requestReplacement('t', itemRequest);
    expect(service.writes[0]).toMatchObject({ url: '/v1/orders/114-0000006-0000006/replacements', idempotencyKey: itemRequest.requestId });
    expect(replacement.expectedBy).toEqual(new Date('2026-11-25T03:30:00Z'));
  });

  it('changes an unshipped order, and says a shipped one (409) cannot change', async () => {
    service.route = json(200, { order: wireOrder({ shipTo: { addressId: 'a-2', name: 'Work' } }) });
    expect((await orders().changeOrder('t', '114-0000003-0000003', { addressId: 'a-2' }, 'req-1')).shipTo?.name).toBe('Work');
    expect(service.writes[0]).toEqual({ url: '/v1/orders/114-0000003-0000003/changes', idempotencyKey: 'req-1', body: { addressId: 'a-2' } });
    service.route = json(409, { order: wireOrder({ status: 'SHIPPED' }) });
    await expect(orders().changeOrder('t', '114-0000003-0000003', { addressId: 'a-2' }, 'req-2')).rejects.toThrow(OrderNotChangeableError);
  });

  it('says an item that cannot be returned (422) is refused, and an unknown order (404) is not found', async () => {
    service.route = json(422, { message: 'past the return window' });
    await expect(orders().startReturn('t', itemRequest)).rejects.toThrow(ItemNotReturnableError);
    service.route = (_, res) => res.writeHead(404).end();
    await expect(orders().requestReplacement('t', itemRequest)).rejects.toThrow(OrderNotFoundError);
  });

  it.each<[string, Route]>([
    ['a server error', json(500, {})],
    ['an answer without the return', json(200, { ok: true })],
    ['a malformed body', json(201, '{"return": ')],
    ['a slow answer', (_, res) => setTimeout(() => json(201, { return: wireReturn() })(_, res), TIMEOUT_MS * 5)],
  ])('never reports a return, replacement or change stored on %s', async (_, answer) => {
    service.route = answer;
    await expect(orders().startReturn('t', itemRequest)).rejects.toThrow(BackendUnavailableError);
    await expect(orders().requestReplacement('t', itemRequest)).rejects.toThrow(BackendUnavailableError);
    await expect(orders().changeOrder('t', '114-0000003-0000003', { quantity: 2, lineId: 'l-1' }, 'r')).rejects.toThrow(BackendUnavailableError);
  });
});

describe('the skill returning an item on the HTTP order service', () => {
  const caller = { accessToken: 'demo-token-alex', deviceId: 'amzn1.ask.device.DEMO_ECHO_DOT' };
  const delivered = wireOrder({ orderId: '114-0000006-0000006', item: 'Echo Dot (5th Gen)', status: 'DELIVERED', deliveredAt: '2026-11-21T03:30:00Z', lines: [wireLine()] });
  /** Orders and returns as the service holds them; the return write answers `write`. */
  const serviceWith = (write: Route): Route => (req, res) => {
    if (req.url === '/v1/orders') return json(200, { orders: [delivered] })(req, res);
    if (req.url === '/v1/returns') return json(200, { returns: [] })(req, res);
    return write(req, res);
  };
  const returnEchoDot = async () => {
    const c = new Conversation(caller, testSkill({ orders: httpOrders({ baseUrl: service.baseUrl, timeoutMs: TIMEOUT_MS }) }));
    const offer = await c.intent('ReturnItemIntent', { item: { spoken: 'echo dot', id: 'ECHO' } });
    expect(offer.speech).toContain('Shall I start the return?');
    return c.intent('AMAZON.YesIntent');
  };

  it('says the return is started once the service stored it, keyed by the request id', async () => {
    service.route = serviceWith(json(201, { return: wireReturn({ reason: 'NOT_NEEDED' }) }));
    const done = await returnEchoDot();
    expect(done.speech).toContain("Done: I've started the return for your Echo Dot (5th Gen)");
    expect(service.writes).toEqual([{ url: '/v1/orders/114-0000006-0000006/returns', idempotencyKey: expect.stringMatching(/^amzn1\.echo-api\.request\./), body: { lineId: 'l-1', reason: 'NOT_NEEDED' } }]);
  });

  it.each<[string, Route]>([
    ['fails', json(500, {})],
    ['answers garbage', json(201, { return: { returnId: 'R' } })],
    ['is slow', (_, res) => setTimeout(() => json(201, { return: wireReturn() })(_, res), TIMEOUT_MS * 5)],
  ])('never says the return is started when the service %s', async (_, write) => {
    service.route = serviceWith(write);
    const reply = await returnEchoDot();
    expect(reply.speech).not.toContain('Done');
    expect(reply.speech).toContain('no return has been started');
  });
});
