import { httpAccounts } from '../../lambda/adapters/http/http-accounts';
import { assembleDeps, settingsFrom } from '../../lambda/config';
import { BackendUnavailableError } from '../../lambda/ports/backend';
import { Conversation, testSkill } from '../support/harness';
import { json, localService, type Route } from '../support/local-service';

const TIMEOUT_MS = 400;
const FIRE_TV_ID = 'amzn1.ask.device.REAL_FIRE_TV';

const account = {
  accountId: 'acct-1',
  timeZone: 'America/Chicago',
  devices: [{ alexaDeviceId: FIRE_TV_ID, family: 'FIRE_TV', model: 'Fire TV Cube (3rd Gen)', name: 'Den TV', hasScreen: true }],
};

/** A real account service on 127.0.0.1, answering each test's way; records what it was asked. */
const service = localService('/v2');
const asked = () => service.seen.map((r) => `${r.method} ${r.url} ${r.authorization}`);

/** Answers the account and the device status like a healthy service. */
const healthy: Route = (req, res) =>
  req.url?.endsWith('/account')
    ? json(200, { account })(req, res)
    : req.url?.includes(encodeURIComponent(FIRE_TV_ID))
      ? json(200, { status: { online: true, softwareUpdatePending: true, lastSeenAt: '2026-11-23T03:00:00Z' } })(req, res)
      : json(404, {})(req, res);

beforeEach(() => {
  service.route = healthy;
});

const accountService = () => httpAccounts({ baseUrl: service.baseUrl, timeoutMs: TIMEOUT_MS });

describe('the account service over HTTP', () => {
  it('reads the account with the linked token as bearer', async () => {
    const found = await accountService().accounts.findByAccessToken('tok-1');
    expect(found).toEqual(account);
    expect(asked()).toEqual(['GET /v2/account Bearer tok-1']);
  });

  it('treats a refused token as a broken link, not an outage', async () => {
    service.route = json(401, { message: 'unknown token' });
    await expect(accountService().accounts.findByAccessToken('stale')).resolves.toBeUndefined();
  });

  it.each<[string, Route]>([
    ['a 500', json(500, { message: 'boom' })],
    ['a body that is not JSON', (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>')],
    ['a device of an unknown family', json(200, { account: { ...account, devices: [{ ...account.devices[0], family: 'TOASTER' }] } })],
    ['no answer in time', () => undefined],
  ])('counts %s as the service being unavailable', async (_, answer) => {
    service.route = answer;
    await expect(accountService().accounts.findByAccessToken('tok')).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it('reads a device status with its dates, and nothing for a device it does not know', async () => {
    const status = await accountService().deviceStatus.getStatus('tok', FIRE_TV_ID);
    expect(status).toEqual({ online: true, softwareUpdatePending: true, lastSeenAt: new Date('2026-11-23T03:00:00Z') });
    expect(asked().at(-1)).toBe(`GET /v2/devices/${encodeURIComponent(FIRE_TV_ID)}/status Bearer tok`);
    await expect(accountService().deviceStatus.getStatus('tok', 'G000UNKNOWN')).resolves.toBeUndefined();
  });

  it('is chosen by ACCOUNTS_API_URL, and a bad URL stops the function at start-up', () => {
    expect(() => settingsFrom({ ACCOUNTS_API_URL: 'not a url' })).toThrow(/ACCOUNTS_API_URL/);
    expect(settingsFrom({ ACCOUNTS_API_URL: service.baseUrl }).accountsApiUrl).toBe(service.baseUrl);
  });

  it('lets the skill diagnose a real customer’s device from what the service reports', async () => {
    const settings = { ...settingsFrom({ ACCOUNTS_API_URL: service.baseUrl }), backendTimeoutMs: TIMEOUT_MS };
    const real = assembleDeps({ settings });
    const test = testSkill({ accounts: real.accounts, deviceStatus: real.deviceStatus });
    const c = new Conversation({ deviceId: FIRE_TV_ID, accessToken: 'real-token', screen: 'TV' }, test);
    const reply = await c.intent('SupportIntent', { device: { spoken: 'fire tv', id: 'FIRE_TV' } });
    expect(reply.speech).toContain('Den TV');
    expect(asked()).toContain('GET /v2/account Bearer real-token');
  });
});
