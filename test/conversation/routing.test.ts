import type { services } from 'ask-sdk-model';
import { DEMO_DEVICE_IDS } from '../../lambda/adapters/demo/demo-data';
import { memoryContactStore } from '../../lambda/adapters/memory/memory-contact-store';
import type { Handoff } from '../../lambda/domain/handoff';
import { StoreUnavailableError, type ContactStore } from '../../lambda/ports/contact-store';
import type { CallbackRequest } from '../../lambda/domain/contacts/contact';
import { answer } from '../../lambda/skill';
import { Conversation, TEST_NOW, reply, testSkill, type TestSkill } from '../support/harness';
import { envelope, intentRequest, sessionResumedRequest, type Caller } from '../support/requests';

const MOBILE = 'alexa::profile:mobile_number:read';
const REMINDERS = 'alexa::alerts:reminders:skill:readwrite';
const FIRE_TV: Caller = { deviceId: DEMO_DEVICE_IDS.fireTv, accessToken: 'demo-token-alex', screen: 'TV' };
const USER = 'amzn1.ask.account.TESTUSER';

/** What a diagnosis that did not fix the problem hands over. */
const diagnosisHandoff: Handoff = {
  team: 'FIRE_TV',
  reason: 'DIAGNOSIS_UNRESOLVED',
  device: { family: 'FIRE_TV', model: 'Fire TV Stick 4K Max', name: 'Living Room Fire TV', status: 'software update pending; remote battery low' },
  problem: { symptomId: 'NO_PICTURE', description: 'No picture on the TV' },
  stepsTried: [
    { stepId: 'check-input', instruction: 'Check the TV is on the right input', answer: 'no change' },
    { stepId: 'restart', instruction: 'Restart the Fire TV', answer: 'no change' },
  ],
};

/** What the orders area hands over for a late package. */
const orderHandoff: Handoff = {
  team: 'ORDERS',
  reason: 'ORDER_LATE',
  order: { orderId: '114-0000004-0000004', item: 'Echo Dot smart plug bundle', status: 'DELAYED' },
  stepsTried: [],
};

function conversation(scopes: string[] = [], overrides: Parameters<typeof testSkill>[0] = {}, caller: Caller = FIRE_TV): Conversation {
  return new Conversation(caller, testSkill(overrides, scopes));
}

/** A conversation that starts where an area handed the customer over. */
async function handedOver(c: Conversation, handoff: Handoff = diagnosisHandoff) {
  return c.seed({ handoff }).intent('TalkToAgentIntent');
}

const callback = { channel: { spoken: 'callback', id: 'CALLBACK' } };
const chat = { channel: { spoken: 'chat', id: 'CHAT' } };
const storedCallbacks = async (test: TestSkill, team: CallbackRequest['team'] = 'FIRE_TV') =>
  (await test.deps.contacts.queue(team)).filter((c): c is CallbackRequest => c.kind === 'CALLBACK');

/** Books the next free Fire TV callback with the profile number; returns the conversation after "yes". */
async function bookedCallback(scopes = [MOBILE]) {
  const c = conversation(scopes);
  await handedOver(c);
  await c.intent('ChooseChannelIntent', callback);
  const done = await c.intent('AMAZON.YesIntent');
  return { c, done };
}

describe('the offer when a customer is handed to a team', () => {
  it('recommends a callback after a diagnosis, with the next free time and the chat wait, and keeps the handoff', async () => {
    const c = conversation();
    const offer = await handedOver(c);
    expect(offer.speech).toBe(
      'Our Fire TV team can call you back; the next free time is tomorrow at 8 AM. Or I can send a chat link to your Alexa app; the team is closed now and opens tomorrow at 8 AM. Which would you like?',
    );
    expect(offer.endsSession).toBe(false);
    expect(c.state?.handoff).toEqual(diagnosisHandoff);
  });

  it('recommends a callback for a late order, at a time in the customer’s day rather than the team’s', async () => {
    const offer = await handedOver(conversation(), orderHandoff);
    expect(offer.speech).toContain('Our orders team can call you back; the next free time is tomorrow at 8 AM.');
  });

  it('recommends chat for a simple question while the team is open, with the wait computed from its queue', async () => {
    const test = testSkill();
    test.clock.set(new Date('2026-11-23T18:00:00Z')); // Monday 10 AM in Los Angeles
    const store = test.deps.contacts;
    for (const n of [1, 2, 3]) {
      await store.createChat({ kind: 'CHAT', id: `q${n}`, team: 'FIRE_TV', userId: `other-${n}`, createdAt: TEST_NOW.toISOString(), updatedAt: TEST_NOW.toISOString(), status: 'PENDING', handoff: diagnosisHandoff, link: 'x' }, { requestId: `r${n}` });
    }
    // A callback booked for later is not ahead of a chat now.
    await store.bookCallback(
      { kind: 'CALLBACK', id: 'later', team: 'FIRE_TV', userId: 'other-4', createdAt: '', updatedAt: '', status: 'PENDING', handoff: diagnosisHandoff, phone: { countryCode: '+1', number: '2065550100' }, scheduledFor: '2026-11-24T18:00:00.000Z', timeZone: 'America/Los_Angeles', attempts: 0 },
      { requestId: 'r4', slotCapacity: 3 },
    );
    const c = new Conversation(FIRE_TV, test);
    await c.intent('TalkToAgentIntent');
    const offer = await c.intent('SupportIntent', { device: { spoken: 'fire stick', id: 'FIRE_TV' } });
    // Three in the queue × 15 minutes ÷ 4 agents.
    expect(offer.speech).toBe(
      'I can send a chat link for our Fire TV team to your Alexa app; the wait is about 12 minutes. Or they can call you back; the next free time is today at 10:30 AM. Which would you like?',
    );
  });

  it('takes yes as the recommended channel and no as no contact', async () => {
    const c = conversation([MOBILE]);
    await handedOver(c);
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('Shall I book it?');
    const d = conversation();
    await handedOver(d);
    const no = await d.intent('AMAZON.NoIntent');
    expect(no.speech).toContain("I won't pass this on");
  });

  it('leads "talk to an agent" with nothing known to the team question, then to the offer', async () => {
    const c = conversation();
    expect((await c.intent('TalkToAgentIntent')).speech).toContain('Is this about a device, or an order?');
    expect((await c.intent('SupportIntent', { device: { spoken: 'kindle', id: 'KINDLE' } })).speech).toContain('Kindle team');
  });
});

describe('booking a callback', () => {
  it('reads the profile number back masked, confirms, and only then stores it with the full context', async () => {
    const c = conversation([MOBILE]);
    await handedOver(c);
    const confirm = await c.intent('ChooseChannelIntent', callback);
    expect(confirm.speech).toBe("I'll ask our Fire TV team to call the number ending in 0142 tomorrow at 8 AM. Shall I book it?");
    expect(confirm.ssml).toContain('<say-as interpret-as="digits">0142</say-as>');
    expect(confirm.ssml).not.toContain('206');
    expect(await storedCallbacks(c.test)).toEqual([]);
    expect(JSON.stringify(c.state)).not.toContain('2065550142');

    const done = await c.intent('AMAZON.YesIntent');
    expect(done.speech).toBe(
      "Done: our Fire TV team will call the number ending in 0142 tomorrow at 8 AM. They'll already have the details of your Living Room Fire TV, the problem and the 2 steps we tried, so you won't need to repeat it. Would you like a reminder before the call?",
    );
    const [stored] = await storedCallbacks(c.test);
    expect(stored).toMatchObject({
      kind: 'CALLBACK',
      team: 'FIRE_TV',
      userId: USER,
      status: 'PENDING',
      phone: { countryCode: '+1', number: '2065550142' },
      scheduledFor: '2026-11-23T16:00:00.000Z',
      timeZone: 'America/Los_Angeles',
      handoff: diagnosisHandoff,
      attempts: 0,
    });
    expect(JSON.stringify(c.state)).not.toContain('2065550142');
  });

  it('gives a late order high priority and carries the order to the agent', async () => {
    const c = conversation([MOBILE]);
    await handedOver(c, orderHandoff);
    await c.intent('ChooseChannelIntent', callback);
    await c.intent('AMAZON.YesIntent');
    const [stored] = await storedCallbacks(c.test, 'ORDERS');
    expect(stored.handoff.order).toEqual(orderHandoff.order);
    expect(stored.priority).toBe('HIGH');
  });

  it.each([
    ['tomorrow at 10', { date: '2026-11-23', time: '10:00' }, 'tomorrow at 10 AM'],
    ['at 4 PM', { time: '16:00' }, 'tomorrow at 4 PM'],
    ['Tuesday morning', { date: '2026-11-24', time: 'MO' }, 'on Tuesday at 8 AM'],
    ['this evening (team closed): the first evening slot of the next open day is not offered as a fit', { time: 'EV' }, 'The nearest free times are tomorrow at 8 AM'],
    ['as soon as possible', { soon: { spoken: 'as soon as possible', id: 'ASAP' } }, 'tomorrow at 8 AM'],
  ])('understands "%s"', async (_, slots, expected) => {
    const c = conversation([MOBILE]);
    await handedOver(c);
    const reply = await c.intent('ScheduleCallbackIntent', slots);
    expect(reply.speech).toContain(expected);
    expect(reply.endsSession).toBe(false);
  });

  it('keeps a time said before the team is known within bounds: 100,000 characters are no time, so it is asked for once the team is known', async () => {
    const c = conversation([MOBILE]);
    const said = await c.intent('ScheduleCallbackIntent', { date: 'x'.repeat(100_000), time: 'x'.repeat(100_000) });
    expect(said.speech).toContain('is it about a device');
    expect(JSON.stringify(said.envelope).length).toBeLessThan(2_000);
    const named = await c.intent('SupportIntent', { device: { spoken: 'fire tv', id: 'FIRE_TV' } });
    expect(named.speech).toContain("couldn't work out a time");
    expect(named.endsSession).toBe(false);
  });

  it('offers the nearest free times outside the team’s hours, and books the first on yes', async () => {
    const c = conversation([MOBILE]);
    await handedOver(c);
    const offer = await c.intent('ScheduleCallbackIntent', { date: '2026-11-23', time: '22:00' });
    expect(offer.speech).toBe("The Fire TV team isn't open then. The nearest free times are tomorrow at 7:30 PM and 7 PM. Would the first one work?");
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('tomorrow at 7:30 PM. Shall I book it?');
    await c.intent('AMAZON.YesIntent');
    expect((await storedCallbacks(c.test))[0].scheduledFor).toBe('2026-11-24T03:30:00.000Z');
  });

  it('offers the nearest free times when the asked slot is full', async () => {
    const test = testSkill({}, [MOBILE]);
    for (const n of [1, 2, 3]) {
      await test.deps.contacts.bookCallback(
        { kind: 'CALLBACK', id: `full-${n}`, team: 'FIRE_TV', userId: `someone-${n}`, createdAt: '', updatedAt: '', status: 'PENDING', handoff: diagnosisHandoff, phone: { countryCode: '+1', number: '2065550100' }, scheduledFor: '2026-11-23T18:00:00.000Z', timeZone: 'America/Los_Angeles', attempts: 0 },
        { requestId: `full-${n}`, slotCapacity: 3 },
      );
    }
    const c = new Conversation(FIRE_TV, test);
    await handedOver(c);
    const offer = await c.intent('ScheduleCallbackIntent', { date: '2026-11-23', time: '10:00' });
    expect(offer.speech).toBe('That time is fully booked. The nearest free times are tomorrow at 9:30 AM and 10:30 AM. Would the first one work?');
  });

  it.each([
    ['a past day', { date: '2026-11-20' }, 'already passed'],
    ['a vague week', { date: '2026-W48' }, "couldn't work out a time"],
    ['next month', { date: '2026-12-30' }, 'next two weeks'],
  ])('answers %s with what to say instead', async (_, slots, words) => {
    const c = conversation([MOBILE]);
    await handedOver(c);
    const reply = await c.intent('ScheduleCallbackIntent', slots);
    expect(reply.speech).toContain(words);
    expect(reply.endsSession).toBe(false);
  });

  it('asks again for a time when the customer says no to the booking, and books nothing', async () => {
    const c = conversation([MOBILE]);
    await handedOver(c);
    await c.intent('ChooseChannelIntent', callback);
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toContain("I haven't booked it");
    expect(await storedCallbacks(c.test)).toEqual([]);
  });
});

describe('the phone number permission', () => {
  it('asks by voice with a StartConnection, and goes on with the profile number when accepted', async () => {
    const c = conversation([]);
    await handedOver(c);
    const ask = await c.intent('ChooseChannelIntent', callback);
    expect(ask.directives).toEqual(['Connections.StartConnection']);
    expect(ask.envelope.response.shouldEndSession).toBeUndefined();
    expect(ask.envelope.response.outputSpeech).toBeUndefined();
    expect(ask.envelope.response.directives?.[0]).toMatchObject({
      uri: 'connection://AMAZON.AskForPermissionsConsent/2',
      input: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope: MOBILE, consentLevel: 'ACCOUNT' }] },
    });
    c.test.alexaApi.user.grantedScopes.add(MOBILE);
    const resumed = await c.resume('routing.mobileNumber', 'ACCEPTED');
    expect(resumed.speech).toContain('the number ending in 0142 tomorrow at 8 AM. Shall I book it?');
  });

  it.each([
    ['DENIED', "No problem, I won't use your profile"],
    ['NOT_ANSWERED', "I didn't get an answer about sharing your number"],
  ] as const)('asks for a spoken number when the request is %s, and books with it read back masked', async (status, words) => {
    const c = conversation([]);
    await handedOver(c);
    await c.intent('ChooseChannelIntent', callback);
    const resumed = await c.resume('routing.mobileNumber', status);
    expect(resumed.speech).toContain(words);
    expect(resumed.endsSession).toBe(false);
    const confirm = await c.intent('GivePhoneNumberIntent', { phone: '4155550199' });
    expect(confirm.speech).toContain('call the number ending in 0199 tomorrow at 8 AM. Shall I book it?');
    expect(confirm.speech).not.toContain('415');
    await c.intent('AMAZON.YesIntent');
    const [stored] = await storedCallbacks(c.test);
    expect(stored.phone).toEqual({ countryCode: '+1', number: '4155550199' });
    expect(JSON.stringify(c.state)).not.toContain('4155550199');
  });

  it('treats a failed permission connection as not answered, whatever its result says', async () => {
    const c = conversation([]);
    await handedOver(c);
    await c.intent('ChooseChannelIntent', callback);
    const resumed = await c.send(sessionResumedRequest('routing.mobileNumber', 'ACCEPTED', FIRE_TV, '500'));
    expect(resumed.speech).toContain("I didn't get an answer about sharing your number");
  });

  /** Waiting for a spoken number, the profile's refused. */
  async function askedForNumber() {
    const c = conversation([]);
    await handedOver(c);
    await c.intent('ChooseChannelIntent', callback);
    await c.resume('routing.mobileNumber', 'DENIED');
    return c;
  }

  it.each(['12345', '0005550199', 'four one five'])('refuses %s as a phone number and asks again', async (said) => {
    const c = await askedForNumber();
    expect((await c.intent('GivePhoneNumberIntent', { phone: said })).speech).toContain("doesn't sound like a full phone number");
  });

  it('books nothing and moves on when the second number is no phone number either', async () => {
    const c = await askedForNumber();
    await c.intent('GivePhoneNumberIntent', { phone: '12345' });
    const movedOn = await c.intent('GivePhoneNumberIntent', { phone: 'four one five' });
    expect(movedOn.speech).toContain("Let's leave that there; I haven't changed anything.");
    expect(c.state?.pending).toEqual({ id: 'support.anythingElse' });
    expect(await storedCallbacks(c.test)).toEqual([]);
  });

  it('takes "no" to the number as no callback, and offers a chat, which needs no number', async () => {
    const c = await askedForNumber();
    const offer = await c.intent('AMAZON.NoIntent');
    expect(offer.speech).toContain('a chat needs no number');
    expect(c.state?.pending).toEqual({ id: 'routing.chatInstead' });
    expect((await c.intent('AMAZON.YesIntent')).speech).toMatch(/^I've sent a chat link for our .+ team to your Alexa app/);
    expect(await storedCallbacks(c.test)).toEqual([]);
  });

  it('asks for a number when the profile has none (204)', async () => {
    const c = conversation([MOBILE]);
    c.test.alexaApi.user.profile = { givenName: 'Sam' };
    await handedOver(c);
    expect((await c.intent('ChooseChannelIntent', callback)).speech).toContain("There's no mobile number on your Alexa profile");
  });

  it.each([401, 429, 500])('asks for a number when the profile API answers %i', async (statusCode) => {
    const test = testSkill({}, [MOBILE]);
    const real = test.alexaApi;
    const failing: services.ApiClient = {
      invoke: (request) => (request.url.includes('Profile.mobileNumber') ? Promise.resolve({ statusCode, headers: [], body: '{}' }) : real.invoke(request)),
    };
    const c = new Conversation(FIRE_TV, testSkill({ apiClient: failing }, [MOBILE]));
    await handedOver(c);
    expect((await c.intent('ChooseChannelIntent', callback)).speech).toContain("I can't get the number from your Alexa profile right now");
  });
});

describe('one callback, whatever the retries and the races', () => {
  it('books exactly one when two bookings race, and tells the second when the first one is', async () => {
    const test = testSkill({}, [MOBILE]);
    const a = new Conversation(FIRE_TV, test);
    const b = new Conversation(FIRE_TV, test);
    await handedOver(a);
    await handedOver(b);
    await a.intent('ChooseChannelIntent', callback);
    await b.intent('ScheduleCallbackIntent', { date: '2026-11-23', time: '11:00' });
    const replies = await Promise.all([a.intent('AMAZON.YesIntent'), b.intent('AMAZON.YesIntent')]);
    expect(await storedCallbacks(test)).toHaveLength(1);
    expect(replies.filter((r) => r.speech.startsWith('Done'))).toHaveLength(1);
    expect(replies.filter((r) => r.speech.includes('You already have a callback from our Fire TV team'))).toHaveLength(1);
  });

  it('answers a retried request (same request id) as booked and stores it once', async () => {
    const { c } = await (async () => {
      const conv = conversation([MOBILE]);
      await handedOver(conv);
      await conv.intent('ChooseChannelIntent', callback);
      return { c: conv };
    })();
    const request = intentRequest('AMAZON.YesIntent', {}, FIRE_TV);
    const env = envelope(request, { caller: FIRE_TV, attributes: c.state });
    const [first, second] = [reply(await answer(c.test.skill, c.test.deps, env)), reply(await answer(c.test.skill, c.test.deps, structuredClone(env)))];
    expect(first.speech).toContain('Done: our Fire TV team will call');
    expect(second.speech).toBe(first.speech);
    expect(await storedCallbacks(c.test)).toHaveLength(1);
  });

  it('says clearly that nothing is booked when the store fails, and offers to try again or chat', async () => {
    const store = memoryContactStore();
    const failing: ContactStore = { ...store, bookCallback: () => Promise.reject(new StoreUnavailableError('throttled')) };
    const c = conversation([MOBILE], { contacts: failing });
    await handedOver(c);
    await c.intent('ChooseChannelIntent', callback);
    const failed = await c.intent('AMAZON.YesIntent');
    expect(failed.speech).toContain('your callback is not booked');
    expect(failed.speech).toContain('Shall I try again?');
    expect(failed.speech).not.toContain('Done');
    expect((await c.intent('ChooseChannelIntent', chat)).card).toBeDefined();
  });

  it('books exactly once when the customer says try again and the store has recovered', async () => {
    const store = memoryContactStore();
    let failures = 1;
    const flaky: ContactStore = {
      ...store,
      bookCallback: (cb, options) => (failures-- > 0 ? Promise.reject(new StoreUnavailableError('throttled')) : store.bookCallback(cb, options)),
    };
    const c = conversation([MOBILE], { contacts: flaky });
    await handedOver(c);
    await c.intent('ChooseChannelIntent', callback);
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('your callback is not booked');
    expect(await store.queue('FIRE_TV')).toEqual([]);
    expect((await c.intent('AMAZON.YesIntent')).speech).toMatch(/^Done: our Fire TV team will call/);
    expect(await store.queue('FIRE_TV')).toHaveLength(1);
  });

  it('never says "not booked" when the store does not answer in time (the write may have landed)', async () => {
    const store = memoryContactStore();
    const slow: ContactStore = { ...store, bookCallback: () => new Promise(() => undefined) };
    const c = conversation([MOBILE], { contacts: slow });
    await handedOver(c);
    await c.intent('ChooseChannelIntent', callback);
    const reply = await c.intent('AMAZON.YesIntent');
    expect(reply.speech).toContain("can't tell yet whether your callback is booked");
    expect(reply.speech).not.toContain('not booked');
  });
});

describe('reminders', () => {
  it('sets a reminder ten minutes before the call in the customer’s time zone and remembers it', async () => {
    const { c } = await bookedCallback([MOBILE, REMINDERS]);
    const set = await c.intent('AMAZON.YesIntent');
    expect(set.speech).toContain('Your reminder is set');
    expect(set.endsSession).toBe(true);
    const [effect] = c.test.alexaApi.sideEffects.filter((e) => e.kind === 'reminder');
    expect(effect).toMatchObject({
      request: { trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-23T07:50:00.000', timeZoneId: 'America/Los_Angeles' } },
    });
    expect((await storedCallbacks(c.test))[0].reminderAlertToken).toBe('demo-reminder-1');
  });

  it('asks for the reminders permission by voice, and sets the reminder once accepted', async () => {
    const { c } = await bookedCallback([MOBILE]);
    const ask = await c.intent('AMAZON.YesIntent');
    expect(ask.directives).toEqual(['Connections.StartConnection']);
    c.test.alexaApi.user.grantedScopes.add(REMINDERS);
    expect((await c.resume('routing.reminder', 'ACCEPTED')).speech).toContain('Your reminder is set');
  });

  it.each(['DENIED', 'NOT_ANSWERED'] as const)('keeps the callback when the reminder permission is %s', async (status) => {
    const { c } = await bookedCallback([MOBILE]);
    await c.intent('AMAZON.YesIntent');
    const resumed = await c.resume('routing.reminder', status);
    expect(resumed.speech).toBe('Okay, no reminder. Your callback is still tomorrow at 8 AM. Goodbye.');
    expect(await storedCallbacks(c.test)).toHaveLength(1);
  });

  it('needs no reminder when the customer says no', async () => {
    const { c } = await bookedCallback();
    expect((await c.intent('AMAZON.NoIntent')).speech).toBe('Okay, no reminder. The team will call tomorrow at 8 AM. Goodbye.');
  });
});

describe('checking, moving and cancelling a callback', () => {
  async function withBooking() {
    const { c } = await bookedCallback([MOBILE, REMINDERS]);
    await c.intent('AMAZON.YesIntent');
    return new Conversation(FIRE_TV, c.test);
  }

  it('says when the callback is, in a new session', async () => {
    const c = await withBooking();
    const status = await c.intent('CallbackStatusIntent');
    expect(status.speech).toContain('Your callback from our Fire TV team is tomorrow at 8 AM, to the number ending in 0142.');
    expect(status.endsSession).toBe(false);
  });

  it('says there is none when there is none', async () => {
    expect((await conversation().intent('CallbackStatusIntent')).speech).toContain("You don't have a callback booked");
  });

  it('moves the callback to 4 PM after confirming, and moves its reminder too', async () => {
    const c = await withBooking();
    const confirm = await c.intent('MoveCallbackIntent', { time: '16:00' });
    expect(confirm.speech).toBe('Shall I move your callback from our Fire TV team, so they call you tomorrow at 4 PM instead?');
    expect((await storedCallbacks(c.test))[0].scheduledFor).toBe('2026-11-23T16:00:00.000Z');
    const moved = await c.intent('AMAZON.YesIntent');
    expect(moved.speech).toBe('Done: your callback is now tomorrow at 4 PM. Your reminder moved with it. Goodbye.');
    expect((await storedCallbacks(c.test))[0].scheduledFor).toBe('2026-11-24T00:00:00.000Z');
    expect(c.test.alexaApi.sideEffects).toContainEqual(
      expect.objectContaining({ kind: 'reminder-moved', request: expect.objectContaining({ trigger: expect.objectContaining({ scheduledTime: '2026-11-23T15:50:00.000' }) }) }),
    );
  });

  it('changes nothing when asked to move the callback into its own slot', async () => {
    const c = await withBooking();
    const sideEffectsBefore = c.test.alexaApi.sideEffects.length;
    const same = await c.intent('MoveCallbackIntent', { time: '08:15' });
    expect(same.speech).toBe('Your callback is already tomorrow at 8 AM, so nothing needs to change. Is there anything else I can help with?');
    expect((await storedCallbacks(c.test))[0].scheduledFor).toBe('2026-11-23T16:00:00.000Z');
    expect(c.test.alexaApi.sideEffects).toHaveLength(sideEffectsBefore);
  });

  it('asks for the new time when none is given, and keeps the callback on no', async () => {
    const c = await withBooking();
    expect((await c.intent('MoveCallbackIntent')).speech).toBe('Your callback is tomorrow at 8 AM. When would you like it instead?');
    await c.intent('ScheduleCallbackIntent', { date: '2026-11-24', time: '09:00' });
    const no = await c.intent('AMAZON.NoIntent');
    expect(no.speech).toContain('your callback stays tomorrow at 8 AM');
    expect((await storedCallbacks(c.test))[0].scheduledFor).toBe('2026-11-23T16:00:00.000Z');
  });

  it('cancels after confirming, and deletes its reminder', async () => {
    const c = await withBooking();
    expect((await c.intent('CancelCallbackIntent')).speech).toBe('Shall I cancel your callback from our Fire TV team, tomorrow at 8 AM?');
    const done = await c.intent('AMAZON.YesIntent');
    expect(done.speech).toBe('Done: your callback is cancelled. I removed its reminder too. Goodbye.');
    expect(await storedCallbacks(c.test)).toEqual([]);
    expect(c.test.alexaApi.activeReminders.size).toBe(0);
  });

  it('keeps the callback when the customer says no to cancelling', async () => {
    const c = await withBooking();
    await c.intent('CancelCallbackIntent');
    expect((await c.intent('AMAZON.NoIntent')).speech).toContain('your callback is still tomorrow at 8 AM');
    expect(await storedCallbacks(c.test)).toHaveLength(1);
  });

  it('still leaves at once on a plain cancel', async () => {
    const c = await withBooking();
    expect((await c.intent('AMAZON.CancelIntent')).endsSession).toBe(true);
    expect(await storedCallbacks(c.test)).toHaveLength(1);
  });
});

describe('chat with the team', () => {
  it('creates a chat with the full context and sends the link and the wait in a card', async () => {
    const c = conversation();
    await handedOver(c);
    const sent = await c.intent('ChooseChannelIntent', chat);
    expect(sent.speech).toContain("I've sent a chat link for our Fire TV team to your Alexa app; the team is closed now and opens tomorrow at 8 AM.");
    expect(sent.endsSession).toBe(true);
    const [stored] = await c.test.deps.contacts.queue('FIRE_TV');
    expect(stored).toMatchObject({ kind: 'CHAT', userId: USER, handoff: diagnosisHandoff, status: 'PENDING' });
    const card = sent.card as { type: string; title: string; content: string };
    expect(card.type).toBe('Simple');
    expect(card.title).toBe('Chat with our Fire TV team');
    expect(card.content).toContain(`https://chat.devicehelpdesk.example.com/c/${stored.id}`);
    expect(card.content).toContain('Estimated wait: the team opens tomorrow at 8 AM.');
  });

  it('says "about a minute" on the card when one contact is ahead', async () => {
    const c = conversation();
    c.test.clock.set(new Date('2026-11-23T18:00:00Z')); // Monday 10 AM in Los Angeles: the orders team is open
    await c.test.deps.contacts.createChat(
      { kind: 'CHAT', id: 'ahead', team: 'ORDERS', userId: 'someone-else', createdAt: '2026-11-23T17:59:00.000Z', updatedAt: '2026-11-23T17:59:00.000Z', status: 'PENDING', handoff: orderHandoff, link: 'x' },
      { requestId: 'ahead' },
    );
    await handedOver(c, orderHandoff);
    const sent = await c.intent('ChooseChannelIntent', chat);
    // One contact × 8 minutes ÷ 10 agents rounds up to one minute.
    expect((sent.card as { content: string }).content).toContain('Estimated wait: about a minute.');
  });

  it('offers a callback when the chat cannot be created', async () => {
    const store = memoryContactStore();
    const c = conversation([MOBILE], { contacts: { ...store, createChat: () => Promise.reject(new StoreUnavailableError('down')) } });
    await handedOver(c);
    const failed = await c.intent('ChooseChannelIntent', chat);
    expect(failed.speech).toContain("couldn't open a chat just now, so nothing was sent");
    expect(failed.card).toBeUndefined();
    expect((await c.intent('AMAZON.YesIntent')).speech).toContain('Shall I book it?');
  });
});

describe('personal data', () => {
  it('never logs the phone number', async () => {
    const { c } = await bookedCallback([MOBILE]);
    const logged = JSON.stringify(c.test.log.entries);
    expect(logged).not.toMatch(/2065550142|0142/);
  });
});

describe('a second callback request', () => {
  it('says when the open one is instead of setting up another', async () => {
    const { c } = await bookedCallback([MOBILE]);
    await c.intent('AMAZON.NoIntent');
    const again = new Conversation(FIRE_TV, c.test);
    await handedOver(again);
    const reply = await again.intent('ScheduleCallbackIntent', { date: '2026-11-24', time: '15:00' });
    expect(reply.speech).toBe(
      'You already have a callback from our Fire TV team, tomorrow at 8 AM. You can ask me to move or cancel it. Is there anything else I can help with?',
    );
    expect(await storedCallbacks(c.test)).toHaveLength(1);
  });
});
