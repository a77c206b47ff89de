import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { outOfSessionReminders } from '../../lambda/alexa/out-of-session-reminders';
import { fixedClock } from '../support/fixed-clock';
import { callback } from './contacts.fixtures';

/** Login with Amazon and Alexa's Reminders API, as one local server recording what it was asked. */
describe("moving a callback's reminder out of session", () => {
  let server: Server;
  let base: string;
  const seen: { method?: string; url?: string; authorization?: string; body: string }[] = [];
  let reminderStatus = 200;
  const bodyOf = async (req: IncomingMessage) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text;
  };
  beforeAll(async () => {
    server = createServer(async (req, res) => {
      seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body: await bodyOf(req) });
      if (req.url === '/auth/o2/token') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'skill-token', expires_in: 3600 }));
      res.writeHead(reminderStatus, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
    reminderStatus = 200;
  });

  const reminders = () =>
    outOfSessionReminders({
      credentials: { clientId: 'amzn1.application-oa2-client.x', clientSecret: 'secret' },
      apiEndpoint: base,
      tokenUrl: `${base}/auth/o2/token`,
      clock: fixedClock(new Date('2026-11-23T18:05:00Z')),
      timeoutMs: 1000,
    });
  const retried = { ...callback({ scheduledFor: '2026-11-24T14:00:00.000Z' }), reminderAlertToken: 'alert-1' };

  it("puts the reminder ten minutes before the new time, on the customer's clock, with the skill's token", async () => {
    expect(await reminders().move(retried)).toBe(true);
    const [token, put] = seen;
    expect(new URLSearchParams(token.body).get('scope')).toBe('alexa:skill_messaging');
    expect(put).toMatchObject({ method: 'PUT', url: '/v1/alerts/reminders/alert-1', authorization: 'Bearer skill-token' });
    // 14:00 UTC is 6 AM in Los Angeles: the reminder goes off at 5:50.
    expect(JSON.parse(put.body).trigger).toEqual({ type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-24T05:50:00.000', timeZoneId: 'America/Los_Angeles' });
  });

  it('says so when Alexa refuses, and asks for a token once for many moves', async () => {
    const mover = reminders();
    reminderStatus = 404;
    expect(await mover.move(retried)).toBe(false);
    reminderStatus = 200;
    expect(await mover.move(retried)).toBe(true);
    expect(seen.filter((s) => s.url === '/auth/o2/token')).toHaveLength(1);
  });
});
