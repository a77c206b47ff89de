import { handoffSummary } from '../../lambda/domain/handoff-summary';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { join } from 'node:path';
import { answerHttpEvent } from '../../lambda/queue-api/lambda';
import { queueSettingsFrom } from '../../lambda/queue-api/settings';
import { callback } from '../adapters/contacts.fixtures';
import { TOKENS, queueDeps } from './queue.support';

/** An API Gateway HTTP API event (payload format 2.0), as the $default stage sends it. */
function httpEvent(method: string, path: string, options: { token?: string; body?: string; base64?: boolean } = {}): APIGatewayProxyEventV2 {
  const body = options.body === undefined ? undefined : options.base64 ? Buffer.from(options.body).toString('base64') : options.body;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'queue.example.com', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'queue.example.com',
      domainPrefix: 'queue',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'test' },
      requestId: 'req',
      routeKey: '$default',
      stage: '$default',
      time: '23/Nov/2026:18:05:00 +0000',
      timeEpoch: 0,
    },
    body,
    isBase64Encoded: options.base64 === true,
  };
}
const json = (result: APIGatewayProxyStructuredResultV2) => JSON.parse(result.body ?? 'null');

describe('the queue API as its own Lambda (API Gateway HTTP API events)', () => {
  it('lists, claims and records an outcome, with the same answers as the HTTP server', async () => {
    const deps = queueDeps();
    const booked = callback();
    await deps.contacts.bookCallback(booked, { requestId: 'req-1', slotCapacity: 1 });

    const listed = await answerHttpEvent(httpEvent('GET', '/queue/teams/ECHO/contacts', { token: TOKENS.ECHO }), deps);
    expect(listed.statusCode).toBe(200);
    expect(listed.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(json(listed).contacts).toEqual([{ ...booked, handoff: { ...booked.handoff, summary: handoffSummary(booked.handoff) } }]);

    const claimed = await answerHttpEvent(httpEvent('POST', `/queue/teams/ECHO/contacts/${booked.id}/claim`, { token: TOKENS.ECHO, body: '{"agent":"agent-ana"}', base64: true }), deps);
    expect(json(claimed)).toMatchObject({ status: 'CLAIMED', claimedBy: 'agent-ana' });
    const again = await answerHttpEvent(httpEvent('POST', `/queue/teams/ECHO/contacts/${booked.id}/claim`, { token: TOKENS.ECHO, body: '{"agent":"agent-ben"}' }), deps);
    expect(again.statusCode).toBe(409);

    const done = await answerHttpEvent(
      httpEvent('POST', `/queue/teams/ECHO/contacts/${booked.id}/outcome`, { token: TOKENS.ECHO, body: '{"agent":"agent-ana","outcome":"RESOLVED"}' }),
      deps,
    );
    expect(json(done)).toMatchObject({ status: 'RESOLVED' });
  });

  it('answers 401, 403, 400, 404 and 405 with problem bodies', async () => {
    const deps = queueDeps();
    const cases: [APIGatewayProxyEventV2, number][] = [
      [httpEvent('GET', '/queue/teams/ECHO/contacts'), 401],
      [httpEvent('GET', '/queue/teams/KINDLE/contacts', { token: TOKENS.ECHO }), 403],
      [httpEvent('POST', '/queue/teams/ECHO/contacts/cb-1/claim', { token: TOKENS.ECHO, body: 'agent=ana' }), 400],
      [httpEvent('POST', '/queue/teams/ECHO/contacts/cb-1/claim', { token: TOKENS.ECHO }), 400],
      [httpEvent('GET', '/queue/teams/ECHO/contacts/cb-1', { token: TOKENS.ECHO }), 404],
      [httpEvent('GET', '/queue/somewhere', { token: TOKENS.ECHO }), 404],
      [httpEvent('PUT', '/queue/teams/ECHO/contacts', { token: TOKENS.ECHO }), 405],
    ];
    for (const [event, status] of cases) {
      const result = await answerHttpEvent(event, deps);
      expect([event.rawPath, result.statusCode]).toEqual([event.rawPath, status]);
      expect(result.headers?.['content-type']).toBe('application/problem+json');
      expect(json(result)).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    }
  });

  it('the bundled handler (dist/queue-api/index.js) reads its tokens from QUEUE_API_TOKENS and serves the console', async () => {
    const saved = { ...process.env };
    process.env.QUEUE_API_TOKENS = JSON.stringify({ ORDERS: 'orders-team-token-0123456789abcdef' });
    process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    try {
      let handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2> = async () => ({});
      jest.isolateModules(() => {
        ({ handler } = require(join(__dirname, '..', '..', 'dist', 'queue-api', 'index.js')));
      });
      expect((await handler(httpEvent('GET', '/queue/teams/ORDERS/contacts', { token: 'orders-team-token-0123456789abcdef' }))).statusCode).toBe(200);
      expect((await handler(httpEvent('GET', '/queue/teams/ORDERS/contacts', { token: TOKENS.ECHO }))).statusCode).toBe(401);

      // The teams' console comes from the same function, inside its bundle, under a strict Content-Security-Policy.
      const page = await handler(httpEvent('GET', '/console/'));
      expect(page).toMatchObject({ statusCode: 200, headers: { 'content-type': expect.stringContaining('text/html') } });
      expect(page.body).toContain('<script src="app.js"');
      expect(page.headers?.['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers?.['content-security-policy']).not.toContain('unsafe');
      const script = await handler(httpEvent('GET', '/console/app.js'));
      expect(script).toMatchObject({ statusCode: 200, headers: { 'content-type': expect.stringContaining('javascript') } });
      expect(String(script.body).length).toBeGreaterThan(10_000);
      expect((await handler(httpEvent('GET', '/console'))).headers).toMatchObject({ location: '/console/' });
      expect((await handler(httpEvent('GET', '/console/secrets.txt'))).statusCode).toBe(404);
    } finally {
      process.env = saved;
    }
  });
});

describe('the queue API settings', () => {
  it('reads the team tokens and the retry policy, with defaults', () => {
    expect(queueSettingsFrom({ QUEUE_API_TOKENS: JSON.stringify({ ECHO: TOKENS.ECHO }), QUEUE_MAX_ATTEMPTS: '4' })).toEqual({
      tokens: { ECHO: TOKENS.ECHO },
      policy: { maxAttempts: 4, retryAfterMinutes: 30 },
      timeoutMs: 2500,
    });
    expect(queueSettingsFrom({}).tokens).toEqual({});
  });

  it('refuses settings it cannot trust, naming the setting and never echoing a token', () => {
    const refused = (env: NodeJS.ProcessEnv) => {
      try {
        queueSettingsFrom(env);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refused({ QUEUE_API_TOKENS: '{"ECHO": ' })).toMatch(/QUEUE_API_TOKENS: is not JSON/);
    expect(refused({ QUEUE_API_TOKENS: '{"ECHO":"short-secret"}' })).toMatch(/QUEUE_API_TOKENS.ECHO: a token needs at least 24 characters/);
    expect(refused({ QUEUE_API_TOKENS: JSON.stringify({ TOASTER: TOKENS.ECHO }) })).toMatch(/QUEUE_API_TOKENS/);
    expect(refused({ QUEUE_API_TOKENS: JSON.stringify({ ECHO: TOKENS.ECHO, KINDLE: TOKENS.ECHO }) })).toMatch(/two teams share a token/);
    expect(refused({ QUEUE_MAX_ATTEMPTS: 'zero' })).toMatch(/QUEUE_MAX_ATTEMPTS/);
    for (const env of [{ QUEUE_API_TOKENS: '{"ECHO":"short-secret"}' }, { QUEUE_API_TOKENS: JSON.stringify({ TOASTER: TOKENS.ECHO }) }]) {
      expect(refused(env)).not.toMatch(/short-secret|echo-team-token/);
    }
  });
});
