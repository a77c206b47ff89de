import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpAccounts } from '../../lambda/adapters/http/http-accounts';
import { assembleDeps, settingsFrom } from '../../lambda/config';
import { BackendUnavailableError } from '../../lambda/ports/backend';
import { Conversation, testSkill } from '../support/harness';

const TIMEOUT_MS = 400;
const FIRE_TV_ID = 'amzn1.ask.device.REAL_FIRE_TV';

const account = {
  accountId: 'acct-1',
  timeZone: 'America/Chicago',
  devices: [{ alexaDeviceId: FIRE_TV_ID, family: 'FIRE_TV', model: 'Fire TV Cube (3rd Gen)', name: 'Den TV', hasScreen: true }],
};

type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A real account service on 127.0.0.1, answering each test's way; records what it was asked. */
let route: Route;
let server: Server;
let baseUrl: string;
const seen: string[] = [];
const json = (status: number, body: unknown): Route => (_, res) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
};
/** Answers the account and the device status like a healthy service. */
const healthy: Route = (req, res) =>
  req.url?.endsWith('/account')
    ? json(200, { account })(req, res)
    : req.url?.includes(encodeURIComponent(FIRE_TV_ID))
      ? json(200, { status: { online: true, softwareUpdatePending: true, lastSeenAt: '2026-11-23T03:00:00Z' } })(req, res)
      : json(404, {})(req, res);

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
  route = json(200, {});
  await fetch(baseUrl);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
  route = healthy;
});

const service = () => httpAccounts({ baseUrl, timeoutMs: TIMEOUT_MS });

describe('the account service over HTTP', () => {
  it('reads the account with the linked token as bearer', async () => {
    const found = await service().accounts.findByAccessToken('tok-1');
    expect(found).toEqual(account);
    expect(seen).toEqual(['GET /v2/account Bearer tok-1']);
  });

  it('treats a refused token as a broken link, not an outage', async () => {
    route = json(401, { message: 'unknown token' });
    await expect(service().accounts.findByAccessToken('stale')).resolves.toBeUndefined();
  });

  it.each<[string, Route]>([
    ['a 500', json(500, { message: 'boom' })],
    ['a body that is not JSON', (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>')],
    ['a device of an unknown family', json(200, { account: { ...account, devices: [{ ...account.devices[0], family: 'TOASTER' }] } })],
    ['no answer in time', () => undefined],
  ])('counts %s as the service being unavailable', async (_, answer) => {
    route = answer;
    await expect(service().accounts.findByAccessToken('tok')).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it('reads a device status with its dates, and nothing for a device it does not know', async () => {
    const status = await service().deviceStatus.getStatus('tok', FIRE_TV_ID);
    expect(status).toEqual({ online: true, softwareUpdatePending: true, lastSeenAt: new Date('2026-11-23T03:00:00Z') });
    expect(seen.at(-1)).toBe(`GET /v2/devices/${encodeURIComponent(FIRE_TV_ID)}/status Bearer tok`);
    await expect(service().deviceStatus.getStatus('tok', 'G000UNKNOWN')).resolves.toBeUndefined();
  });

  it('is chosen by ACCOUNTS_API_URL, and a bad URL stops the function at start-up', () => {
    expect(() => settingsFrom({ ACCOUNTS_API_URL: 'not a url' })).toThrow(/ACCOUNTS_API_URL/);
    expect(settingsFrom({ ACCOUNTS_API_URL: baseUrl }).accountsApiUrl).toBe(baseUrl);
  });

  it('lets the skill diagnose a real customer’s device from what the service reports', async () => {
    const settings = { ...settingsFrom({ ACCOUNTS_API_URL: baseUrl }), backendTimeoutMs: TIMEOUT_MS };
    const real = assembleDeps({ settings });
    const test = testSkill({ accounts: real.accounts, deviceStatus: real.deviceStatus });
    const c = new Conversation({ deviceId: FIRE_TV_ID, accessToken: 'real-token', screen: 'TV' }, test);
    const reply = await c.intent('SupportIntent', { device: { spoken: 'fire tv', id: 'FIRE_TV' } });
    expect(reply.speech).toContain('Den TV');
    expect(seen).toContain('GET /v2/account Bearer real-token');
  });
});
