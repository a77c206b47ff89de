import { memoryContactStore } from '../../lambda/adapters/memory/memory-contact-store';
import { StoreUnavailableError, type ContactStore } from '../../lambda/ports/contact-store';
import { SLOT_10, SLOT_1030, SLOT_11, callback, chat } from '../adapters/contacts.fixtures';
import { NOW, TOKENS, queueDeps, serveQueueApi, type Caller } from './queue.support';

const ECHO = '/queue/teams/ECHO/contacts';

describe('the teams queue API over HTTP', () => {
  let contacts: ContactStore;
  let deps: ReturnType<typeof queueDeps>;
  let api: Awaited<ReturnType<typeof serveQueueApi>>;
  let call: Caller;
  beforeEach(async () => {
    contacts = memoryContactStore();
    deps = queueDeps(contacts);
    api = await serveQueueApi(deps);
    call = api.call;
  });
  afterEach(() => api.close());

  const book = async (overrides: Parameters<typeof callback>[0] = {}) => {
    const result = await contacts.bookCallback(callback(overrides), { requestId: `req-${Math.random()}`, slotCapacity: 5 });
    if (result.outcome !== 'BOOKED') throw new Error(result.outcome);
    return result.callback;
  };
  const claim = (id: string, agent = 'agent-ana') => call('POST', `${ECHO}/${id}/claim`, { token: TOKENS.ECHO, body: { agent } });
  const outcome = (id: string, body: Record<string, unknown>) => call('POST', `${ECHO}/${id}/outcome`, { token: TOKENS.ECHO, body: { agent: 'agent-ana', ...body } });

  describe('who may call', () => {
    it('refuses a request without a token, or with a token nobody was given, with 401', async () => {
      for (const token of [undefined, 'not-a-real-token-0123456789abcdef', TOKENS.ECHO.slice(0, -1)]) {
        const res = await call('GET', ECHO, { token });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized' });
      }
      const basic = await fetch(api.url + ECHO, { headers: { authorization: `Basic ${Buffer.from(`x:${TOKENS.ECHO}`).toString('base64')}` } });
      expect(basic.status).toBe(401);
    });

    it('never shows one team the queue of another: 403', async () => {
      await book({ team: 'FIRE_TV' });
      const res = await call('GET', '/queue/teams/FIRE_TV/contacts', { token: TOKENS.ECHO });
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('cb-');
      expect((await call('GET', '/queue/teams/ORDERS/contacts', { token: TOKENS.KINDLE })).status).toBe(403);
    });

    it('checks the token before anything else it is sent', async () => {
      expect((await call('POST', `${ECHO}/cb-x/claim`, { body: 'not json' })).status).toBe(401);
      expect((await call('POST', '/queue/teams/FIRE_TV/contacts/cb-x/claim', { token: TOKENS.ECHO, body: 'not json' })).status).toBe(403);
    });
  });

  describe('listing the queue', () => {
    it('lists the team open callbacks and chats in time order, each with everything the desk learned', async () => {
      const eleven = await book({ scheduledFor: SLOT_11 });
      const ten = await book({ userId: 'amzn1.ask.account.BOB', scheduledFor: SLOT_10 });
      const talk = await contacts.createChat(chat({ team: 'ECHO', createdAt: '2026-11-23T18:20:00.000Z' }), { requestId: 'req-chat' });
      await book({ team: 'KINDLE' });
      const res = await call('GET', ECHO, { token: TOKENS.ECHO });
      expect(res.status).toBe(200);
      expect(res.body.team).toBe('ECHO');
      expect(res.body.contacts.map((c: { id: string }) => c.id)).toEqual([ten.id, talk.id, eleven.id]);
      expect(res.body.contacts[0]).toMatchObject({
        kind: 'CALLBACK',
        status: 'PENDING',
        scheduledFor: SLOT_10,
        timeZone: 'America/Los_Angeles',
        phone: { countryCode: '1', number: '2065550142' },
        handoff: {
          device: { model: 'Echo Dot (5th Gen)', name: 'Kitchen Echo Dot', status: 'online; weak Wi-Fi signal' },
          problem: { description: 'keeps dropping off Wi-Fi' },
          stepsTried: [{ instruction: 'Restart your router', answer: 'did not help' }],
          summary: 'Kitchen Echo Dot, an Echo Dot (5th Gen): keeps dropping off Wi-Fi. None of the steps fixed it. Device status: online; weak Wi-Fi signal. Tried: 1. Restart your router. Answer: did not help.',
        },
      });
      expect(res.body.contacts[1]).toMatchObject({ kind: 'CHAT', link: `https://chat.example.com/c/${talk.id}` });
    });

    it('shows one request by id, finished ones included, and 404 for an id not in this queue', async () => {
      const mine = await book();
      const theirs = await book({ team: 'KINDLE' });
      expect((await call('GET', `${ECHO}/${mine.id}`, { token: TOKENS.ECHO })).body).toMatchObject({ id: mine.id, status: 'PENDING' });
      expect((await call('GET', `${ECHO}/${theirs.id}`, { token: TOKENS.ECHO })).status).toBe(404);
      expect((await call('GET', `${ECHO}/cb-never`, { token: TOKENS.ECHO })).status).toBe(404);
      expect((await call('GET', `${ECHO}/${encodeURIComponent('bad id!')}`, { token: TOKENS.ECHO })).status).toBe(400);
    });
  });

  describe('polling', () => {
    it('answers an unchanged read with a bodyless 304 for its ETag, and in full once something changed', async () => {
      const booked = await book();
      const read = (etag?: string) => fetch(api.url + ECHO, { headers: { authorization: `Bearer ${TOKENS.ECHO}`, ...(etag ? { 'if-none-match': etag } : {}) } });
      const first = await read();
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^".+"$/);
      const unchanged = await read(etag);
      expect(unchanged.status).toBe(304);
      expect(await unchanged.text()).toBe('');
      await claim(booked.id);
      const changed = await read(etag);
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });
  });

  describe('claiming', () => {
    it('gives the request to the agent who claims it, and 409 to a second claim', async () => {
      const booked = await book();
      const first = await claim(booked.id);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ id: booked.id, status: 'CLAIMED', claimedBy: 'agent-ana' });
      const second = await claim(booked.id, 'agent-ben');
      expect(second.status).toBe(409);
      expect(second.body.detail).toContain('CLAIMED');
      expect((await call('GET', ECHO, { token: TOKENS.ECHO })).body.contacts[0]).toMatchObject({ status: 'CLAIMED', claimedBy: 'agent-ana' });
    });

    it('lets exactly one of two agents claiming at the same moment win', async () => {
      const booked = await book();
      const statuses = (await Promise.all([claim(booked.id, 'agent-ana'), claim(booked.id, 'agent-ben')])).map((r) => r.status);
      expect(statuses.sort()).toEqual([200, 409]);
    });

    it('answers 400 with the reason for a body it cannot use, and 404 for an unknown id', async () => {
      const booked = await book();
      for (const body of ['{"agent":', '[]', { agent: '' }, { agent: 'ana', extra: true }, {}]) {
        const res = await call('POST', `${ECHO}/${booked.id}/claim`, { token: TOKENS.ECHO, body });
        expect(res.status).toBe(400);
        expect(res.body.detail).toEqual(expect.any(String));
      }
      expect((await claim('cb-never')).status).toBe(404);
      expect((await call('GET', ECHO, { token: TOKENS.ECHO })).body.contacts[0].status).toBe('PENDING');
    });
  });

  describe('recording outcomes', () => {
    it('resolves a claimed callback: it leaves the queue and keeps only four digits of the number', async () => {
      const booked = await book();
      await claim(booked.id);
      const res = await outcome(booked.id, { outcome: 'RESOLVED', note: 'Echo moved closer to the router' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'RESOLVED', note: 'Echo moved closer to the router', updatedAt: NOW.toISOString(), phone: { number: '0142' } });
      expect((await call('GET', ECHO, { token: TOKENS.ECHO })).body.contacts).toEqual([]);
      expect((await outcome(booked.id, { outcome: 'RESOLVED' })).status).toBe(409);
    });

    it('puts an unanswered callback back in the queue on the first slot 30 minutes later, and fails it after the last attempt', async () => {
      const booked = await book();
      await claim(booked.id);
      const retry = await outcome(booked.id, { outcome: 'NO_ANSWER', note: 'rang out' });
      expect(retry.body).toMatchObject({ status: 'PENDING', attempts: 1, scheduledFor: '2026-11-23T19:00:00.000Z' });
      expect((await call('GET', ECHO, { token: TOKENS.ECHO })).body.contacts.map((c: { id: string }) => c.id)).toEqual([booked.id]);
      await claim(booked.id, 'agent-ben');
      const failed = await call('POST', `${ECHO}/${booked.id}/outcome`, { token: TOKENS.ECHO, body: { agent: 'agent-ben', outcome: 'NO_ANSWER' } });
      expect(failed.body).toMatchObject({ status: 'FAILED', attempts: 2 });
      expect((await call('GET', ECHO, { token: TOKENS.ECHO })).body.contacts).toEqual([]);
    });

    it('moves the customer reminder with a callback that goes back to the queue', async () => {
      const moved: { id: string; scheduledFor: string; alertToken: string }[] = [];
      await api.close();
      api = await serveQueueApi({ ...deps, reminders: { move: async (c) => (moved.push({ id: c.id, scheduledFor: c.scheduledFor, alertToken: c.reminderAlertToken }), true) } });
      call = api.call;
      const booked = await book();
      await contacts.setReminder(booked.userId, booked.id, 'alert-1');
      await claim(booked.id);
      await outcome(booked.id, { outcome: 'NO_ANSWER' });
      expect(moved).toEqual([{ id: booked.id, scheduledFor: SLOT_11, alertToken: 'alert-1' }]);
      expect(deps.log.entries).toContainEqual(expect.objectContaining({ message: 'callback reminder', fields: { id: booked.id, team: 'ECHO', moved: true } }));
    });

    it('reschedules a callback to a future time the customer agreed', async () => {
      const booked = await book();
      await claim(booked.id);
      expect((await outcome(booked.id, { outcome: 'RESCHEDULED', scheduledFor: '2026-11-23T17:00:00Z' })).status).toBe(400);
      expect((await outcome(booked.id, { outcome: 'RESCHEDULED' })).status).toBe(400);
      const res = await outcome(booked.id, { outcome: 'RESCHEDULED', scheduledFor: '2026-11-24T10:00:00-08:00', note: 'customer asked for tomorrow' });
      expect(res.body).toMatchObject({ status: 'PENDING', scheduledFor: '2026-11-24T18:00:00.000Z' });
      expect(res.body.claimedBy).toBeUndefined();
    });

    it('lists the team free slots in its own hours, leaving out full ones, for its own token only', async () => {
      for (const user of ['A', 'B', 'C', 'D']) await book({ userId: `amzn1.ask.account.${user}`, scheduledFor: SLOT_1030 });
      const res = await call('GET', '/queue/teams/ECHO/slots', { token: TOKENS.ECHO });
      expect(res.status).toBe(200);
      // Monday 1:05 PM in New York: the 1:30 PM slot is full (four callbacks), 2 PM is the first with room.
      expect(res.body).toMatchObject({ team: 'ECHO', timeZone: 'America/New_York' });
      expect(res.body.slots.slice(0, 2)).toEqual([SLOT_11, '2026-11-23T19:30:00.000Z']);
      expect(res.body.slots).toHaveLength(48);
      expect((await call('GET', '/queue/teams/KINDLE/slots', { token: TOKENS.ECHO })).status).toBe(403);
    });

    it('reschedules only into a free slot of the team: 409 for a full one, 400 for a time that is no slot', async () => {
      for (const user of ['A', 'B', 'C', 'D']) await book({ userId: `amzn1.ask.account.${user}`, scheduledFor: SLOT_1030 });
      const booked = await book();
      await claim(booked.id);
      const full = await outcome(booked.id, { outcome: 'RESCHEDULED', scheduledFor: SLOT_1030 });
      expect(full.status).toBe(409);
      expect(full.body.detail).toContain('full');
      expect((await outcome(booked.id, { outcome: 'RESCHEDULED', scheduledFor: '2026-11-24T18:10:00Z' })).status).toBe(400);
      expect((await outcome(booked.id, { outcome: 'RESCHEDULED', scheduledFor: '2026-11-29T18:00:00Z' })).status).toBe(400); // a Sunday
      expect((await outcome(booked.id, { outcome: 'RESCHEDULED', scheduledFor: SLOT_11 })).body).toMatchObject({ status: 'PENDING', scheduledFor: SLOT_11 });
    });

    it('lets the agent holding the claim give it back to the queue as it was, and nobody else', async () => {
      const booked = await book();
      await claim(booked.id);
      const release = (agent: string) => call('POST', `${ECHO}/${booked.id}/release`, { token: TOKENS.ECHO, body: { agent } });
      expect((await release('agent-ben')).status).toBe(409);
      const res = await release('agent-ana');
      expect(res.body).toMatchObject({ status: 'PENDING', scheduledFor: booked.scheduledFor, attempts: 0 });
      expect(res.body.claimedBy).toBeUndefined();
      expect((await claim(booked.id, 'agent-ben')).status).toBe(200);
    });

    it('cancels at the customer request', async () => {
      const booked = await book();
      await claim(booked.id);
      expect((await outcome(booked.id, { outcome: 'CANCELLED', note: 'fixed it themselves' })).body).toMatchObject({ status: 'CANCELLED' });
    });

    it('takes an outcome only from the agent holding the claim, and only once claimed', async () => {
      const booked = await book();
      expect((await outcome(booked.id, { outcome: 'RESOLVED' })).status).toBe(409);
      await claim(booked.id, 'agent-ben');
      const res = await outcome(booked.id, { outcome: 'RESOLVED' });
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('another agent');
      expect((await outcome(booked.id, { outcome: 'CALLED_BACK' })).status).toBe(400);
      expect((await outcome('cb-never', { outcome: 'RESOLVED' })).status).toBe(404);
    });

    it('refuses to reschedule a chat (409) and fails a chat nobody joined', async () => {
      const talk = await contacts.createChat(chat({ team: 'ECHO' }), { requestId: 'req-chat' });
      await claim(talk.id);
      expect((await outcome(talk.id, { outcome: 'RESCHEDULED', scheduledFor: SLOT_11 })).status).toBe(409);
      expect((await outcome(talk.id, { outcome: 'NO_ANSWER' })).body).toMatchObject({ status: 'FAILED' });
    });
  });

  describe('everything else', () => {
    it('answers 404 for a path it does not serve and 405 for a method a path does not take', async () => {
      expect((await call('GET', '/queue/teams/ECHO', { token: TOKENS.ECHO })).status).toBe(404);
      const wrongMethod = await call('DELETE', `${ECHO}/cb-1`, { token: TOKENS.ECHO });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('GET');
    });

    it('answers 503 with Retry-After when the store is unavailable', async () => {
      contacts.queue = () => Promise.reject(new StoreUnavailableError('ThrottlingException'));
      const res = await call('GET', ECHO, { token: TOKENS.ECHO });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
    });

    it('logs ids and outcomes, never a phone number, a note or a token', async () => {
      const booked = await book();
      await call('GET', ECHO, { token: TOKENS.ECHO });
      await claim(booked.id);
      await outcome(booked.id, { outcome: 'NO_ANSWER', note: 'call 206 555 0142 again' });
      await call('GET', ECHO, { token: 'wrong-token-0123456789abcdefgh' });
      const logged = JSON.stringify(deps.log.entries);
      expect(deps.log.entries.map((e) => e.fields)).toContainEqual(expect.objectContaining({ operation: 'recordOutcome', id: booked.id, status: 200, contactStatus: 'PENDING' }));
      for (const secret of ['2065550142', '0142', 'call 206', TOKENS.ECHO, 'wrong-token']) expect(logged).not.toContain(secret);
    });
  });
});
