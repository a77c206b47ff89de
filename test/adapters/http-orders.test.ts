import { httpOrders } from '../../lambda/adapters/http/http-orders';
import { assembleDeps, settingsFrom } from '../../lambda/config';
import { Conversation, testSkill } from '../support/harness';
import { json, localService, type Route } from '../support/local-service';
import { AccessDeniedError, BackendUnavailableError, OrderNotCancellableError, OrderNotFoundError } from '../../lambda/ports/backend';

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
    expect(list).toHaveLength(5);
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
