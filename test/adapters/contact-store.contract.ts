import { UnsupportedOutcomeError } from '../../lambda/domain/contacts/lifecycle';
import { BookingOutcomeUnknownError, StoreUnavailableError, type ContactStore } from '../../lambda/ports/contact-store';
import { ContactConflictError, type RetryPolicy } from '../../lambda/domain/contacts/contact';
import type { ProgressStore } from '../../lambda/ports/progress-store';
import { CREATED, SLOT_10, SLOT_1030, SLOT_11, callback, chat } from './contacts.fixtures';
import { WIRE_LOSSES, type WireLoss } from './dynamo.support';

const POLICY: RetryPolicy = { maxAttempts: 2, retryAfterMinutes: 30 };
const NOW = '2026-11-23T18:05:00.000Z';
const BOB = 'amzn1.ask.account.BOB';
const ALEX = 'amzn1.ask.account.ALEX';

/**
 * The behaviour every ContactStore adapter must have; `open` gives a fresh, empty store per test. A store that
 * reaches its data over a network also gives `overLossyWire`: a fresh store whose first write is lost that way.
 */
export function contactStoreContract(open: () => Promise<ContactStore>, overLossyWire?: (loss: WireLoss) => Promise<ContactStore>): void {
  let store: ContactStore;
  beforeEach(async () => {
    store = await open();
  });
  const book = (overrides: Parameters<typeof callback>[0] = {}, requestId = `req-${Math.random()}`, slotCapacity = 3) =>
    store.bookCallback(callback(overrides), { requestId, slotCapacity });
  const bookedOne = async (overrides: Parameters<typeof callback>[0] = {}) => {
    const result = await book(overrides);
    if (result.outcome !== 'BOOKED') throw new Error(`expected BOOKED, got ${result.outcome}`);
    return result.callback;
  };
  const conflictOf = (work: Promise<unknown>) =>
    work.then(
      () => undefined,
      (error: unknown) => (error instanceof ContactConflictError ? error.status : error),
    );

  describe('booking', () => {
    it('stores the callback with its context, for the customer and in the team queue', async () => {
      const booked = await bookedOne();
      expect(await store.openCallbacks(ALEX)).toEqual([booked]);
      expect(await store.queue('ECHO')).toEqual([booked]);
      expect((await store.get('ECHO', booked.id))?.handoff.stepsTried).toEqual(booked.handoff.stepsTried);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(1);
    });

    it('books once when the same Alexa request is retried, and answers the retry with that callback', async () => {
      const first = await book({}, 'req-retried');
      const retry = await book({ scheduledFor: SLOT_11 }, 'req-retried');
      expect(first.outcome).toBe('BOOKED');
      expect(retry).toEqual({ outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: (first as { callback: unknown }).callback });
      expect(await store.queue('ECHO')).toHaveLength(1);
      expect(await store.bookedInSlot('ECHO', SLOT_11)).toBe(0);
    });

    it('keeps one open callback per customer and team, and says which one it is', async () => {
      const first = await bookedOne();
      expect(await book({ scheduledFor: SLOT_11 })).toEqual({ outcome: 'ALREADY_OPEN', existing: first });
      expect((await book({ team: 'KINDLE', scheduledFor: SLOT_11 })).outcome).toBe('BOOKED');
      expect((await store.openCallbacks(ALEX)).map((c) => c.team)).toEqual(['ECHO', 'KINDLE']);
    });

    it('refuses a full slot and stores nothing for it', async () => {
      await bookedOne();
      await bookedOne({ userId: BOB });
      expect(await book({ userId: 'amzn1.ask.account.CAROL' }, 'req-carol', 2)).toEqual({ outcome: 'SLOT_FULL' });
      expect(await store.openCallbacks('amzn1.ask.account.CAROL')).toEqual([]);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(2);
      // The slot is counted per team: the Kindle team's 10:00 is still free.
      expect((await book({ userId: 'amzn1.ask.account.CAROL', team: 'KINDLE' }, 'req-carol-kindle', 2)).outcome).toBe('BOOKED');
    });

    it('gives the last seat to exactly one of many customers booking at once', async () => {
      await bookedOne({ userId: 'amzn1.ask.account.FIRST' });
      const customers = ['A', 'B', 'C', 'D', 'E'].map((c) => `amzn1.ask.account.${c}`);
      const results = await Promise.all(customers.map((userId) => book({ userId }, `req-${userId}`, 2)));
      expect(results.filter((r) => r.outcome === 'BOOKED')).toHaveLength(1);
      expect(results.filter((r) => r.outcome === 'SLOT_FULL')).toHaveLength(4);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(2);
      expect(await store.queue('ECHO')).toHaveLength(2);
    });

    it('stores exactly one callback when the same request arrives several times at once', async () => {
      const attempts = await Promise.all([1, 2, 3, 4].map(() => store.bookCallback(callback({ id: 'cb-same' }), { requestId: 'req-same', slotCapacity: 3 })));
      expect(attempts.filter((r) => r.outcome === 'BOOKED')).toHaveLength(1);
      expect(attempts.filter((r) => r.outcome === 'ALREADY_BOOKED_BY_THIS_REQUEST')).toHaveLength(3);
      expect(await store.queue('ECHO')).toHaveLength(1);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(1);
    });

    it('remembers the reminder set for the customer own open callback only', async () => {
      const booked = await bookedOne();
      await store.setReminder(BOB, booked.id, 'bob-token');
      expect((await store.openCallbacks(ALEX))[0].reminderAlertToken).toBeUndefined();
      await store.setReminder(ALEX, booked.id, 'alert-1');
      expect((await store.openCallbacks(ALEX))[0].reminderAlertToken).toBe('alert-1');
    });
  });

  if (overLossyWire) {
    describe('when a booking write gets no answer, the store finds out what happened before answering', () => {
      const landed = (loss: WireLoss) => loss !== 'REQUEST_DROPPED';
      const options = { requestId: 'req-lost', slotCapacity: 3, budgetMs: 2000 };

      it.each(WIRE_LOSSES)('%s: booked only when the write landed, certainly not booked otherwise', async (loss) => {
        const lossy = await overLossyWire(loss);
        const mine = callback();
        const answer = await lossy.bookCallback(mine, options).catch((error: unknown) => error);
        if (landed(loss)) expect(answer).toEqual({ outcome: 'BOOKED', callback: mine });
        else expect(answer).toBeInstanceOf(StoreUnavailableError);
        expect(answer).not.toBeInstanceOf(BookingOutcomeUnknownError);
        expect(await lossy.queue('ECHO')).toEqual(landed(loss) ? [mine] : []);
        expect(await lossy.bookedInSlot('ECHO', SLOT_10)).toBe(landed(loss) ? 1 : 0);
        // The same request asked again gets the same answer; a new request books (or finds the one it has).
        const again = await lossy.bookCallback(callback(), options).catch((error: unknown) => error);
        if (landed(loss)) expect(again).toEqual({ outcome: 'ALREADY_BOOKED_BY_THIS_REQUEST', callback: mine });
        else expect(again).toBeInstanceOf(StoreUnavailableError);
        expect((await lossy.bookCallback(callback(), { ...options, requestId: 'req-new' })).outcome).toBe(landed(loss) ? 'ALREADY_OPEN' : 'BOOKED');
      });

      it.each(WIRE_LOSSES)('%s: a chat request is sent only when it landed', async (loss) => {
        const lossy = await overLossyWire(loss);
        const talk = chat();
        const answer = await lossy.createChat(talk, options).catch((error: unknown) => error);
        expect(answer).toEqual(landed(loss) ? talk : expect.any(StoreUnavailableError));
        expect(await lossy.queue('FIRE_TV')).toEqual(landed(loss) ? [talk] : []);
      });
    });
  }

  describe('moving and cancelling by the customer', () => {
    it('moves a callback to a free slot and the slot counts with it', async () => {
      const booked = await bookedOne();
      const moved = await store.moveCallback(ALEX, booked.id, SLOT_11, { slotCapacity: 1 });
      expect(moved).toMatchObject({ outcome: 'MOVED', callback: { id: booked.id, scheduledFor: SLOT_11 } });
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(0);
      expect(await store.bookedInSlot('ECHO', SLOT_11)).toBe(1);
      expect((await store.openCallbacks(ALEX))[0].scheduledFor).toBe(SLOT_11);
      expect((await store.queue('ECHO'))[0].kind === 'CALLBACK' && (await store.queue('ECHO'))[0]).toMatchObject({ scheduledFor: SLOT_11 });
    });

    it('does not move into a full slot, and a move within the same slot counts once', async () => {
      const mine = await bookedOne();
      await bookedOne({ userId: BOB, scheduledFor: SLOT_11 });
      expect(await store.moveCallback(ALEX, mine.id, SLOT_11, { slotCapacity: 1 })).toEqual({ outcome: 'SLOT_FULL' });
      expect((await store.openCallbacks(ALEX))[0].scheduledFor).toBe(SLOT_10);
      expect((await store.moveCallback(ALEX, mine.id, SLOT_10, { slotCapacity: 1 })).outcome).toBe('MOVED');
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(1);
    });

    it('gives the last seat of a slot to exactly one of two customers moving into it at once', async () => {
      const alex = await bookedOne();
      const bob = await bookedOne({ userId: BOB });
      const results = await Promise.all([
        store.moveCallback(ALEX, alex.id, SLOT_11, { slotCapacity: 1 }),
        store.moveCallback(BOB, bob.id, SLOT_11, { slotCapacity: 1 }),
      ]);
      expect(results.map((r) => r.outcome).sort()).toEqual(['MOVED', 'SLOT_FULL']);
      expect(await store.bookedInSlot('ECHO', SLOT_11)).toBe(1);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(1);
    });

    it('never moves or cancels someone else callback', async () => {
      const booked = await bookedOne();
      expect(await store.moveCallback(BOB, booked.id, SLOT_11, { slotCapacity: 3 })).toEqual({ outcome: 'NOT_FOUND' });
      expect(await store.moveCallback(ALEX, 'cb-unknown', SLOT_11, { slotCapacity: 3 })).toEqual({ outcome: 'NOT_FOUND' });
      expect(await store.cancelCallback(BOB, booked.id)).toBe(false);
      expect(await store.queue('ECHO')).toHaveLength(1);
    });

    it('cancelling gives the slot back and lets the customer book again', async () => {
      const booked = await bookedOne();
      expect(await store.cancelCallback(ALEX, booked.id)).toBe(true);
      expect(await store.cancelCallback(ALEX, booked.id)).toBe(false);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(0);
      expect(await store.openCallbacks(ALEX)).toEqual([]);
      expect(await store.queue('ECHO')).toEqual([]);
      const kept = await store.get('ECHO', booked.id);
      expect(kept).toMatchObject({ status: 'CANCELLED', phone: { number: '0142' } });
      expect((await book({ scheduledFor: SLOT_11 })).outcome).toBe('BOOKED');
    });
  });

  describe('the team queue', () => {
    it('lists one team open callbacks and chats in time order: callbacks by slot, chats by creation', async () => {
      const late = await bookedOne({ team: 'FIRE_TV', scheduledFor: SLOT_11 });
      const early = await bookedOne({ team: 'FIRE_TV', userId: BOB, scheduledFor: SLOT_10 });
      const talk = await store.createChat(chat({ createdAt: '2026-11-23T18:10:00.000Z' }), { requestId: 'req-chat' });
      await bookedOne({ team: 'ECHO' });
      expect((await store.queue('FIRE_TV')).map((c) => c.id)).toEqual([early.id, talk.id, late.id]);
      expect((await store.queue('KINDLE'))).toEqual([]);
    });

    it('keeps claimed requests in the queue and drops finished ones', async () => {
      const a = await bookedOne();
      const b = await bookedOne({ userId: BOB, scheduledFor: SLOT_1030 });
      await store.claim('ECHO', a.id, 'agent-1');
      await store.claim('ECHO', b.id, 'agent-2');
      await store.recordOutcome('ECHO', b.id, { kind: 'RESOLVED' }, POLICY, NOW);
      expect(await store.queue('ECHO')).toEqual([expect.objectContaining({ id: a.id, status: 'CLAIMED', claimedBy: 'agent-1' })]);
    });

    it('creates a chat once per request, however often the request is retried', async () => {
      const first = await store.createChat(chat({ id: 'chat-first' }), { requestId: 'req-chat' });
      const retried = await store.createChat(chat({ id: 'chat-second' }), { requestId: 'req-chat' });
      expect(retried).toEqual(first);
      expect((await store.queue('FIRE_TV')).map((c) => c.id)).toEqual(['chat-first']);
    });
  });

  describe('claiming', () => {
    it('lets one agent claim a pending request and refuses the second', async () => {
      const booked = await bookedOne();
      expect(await store.claim('ECHO', booked.id, 'agent-1')).toMatchObject({ status: 'CLAIMED', claimedBy: 'agent-1' });
      expect(await conflictOf(store.claim('ECHO', booked.id, 'agent-2'))).toBe('CLAIMED');
      expect((await store.get('ECHO', booked.id))?.claimedBy).toBe('agent-1');
    });

    it('gives a request to exactly one of two agents claiming at once', async () => {
      const booked = await bookedOne();
      const results = await Promise.allSettled([store.claim('ECHO', booked.id, 'agent-1'), store.claim('ECHO', booked.id, 'agent-2')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(ContactConflictError);
    });

    it('does not find another team request or an unknown id', async () => {
      const booked = await bookedOne();
      expect(await conflictOf(store.claim('KINDLE', booked.id, 'agent-1'))).toBe('MISSING');
      expect(await conflictOf(store.claim('ECHO', 'cb-unknown', 'agent-1'))).toBe('MISSING');
      expect(await store.get('KINDLE', booked.id)).toBeUndefined();
    });
  });

  describe('outcomes', () => {
    const claimedCallback = async () => {
      const booked = await bookedOne();
      await store.claim('ECHO', booked.id, 'agent-1');
      return booked;
    };

    it('resolving finishes the callback: out of every list, slot and guard freed, number reduced', async () => {
      const booked = await claimedCallback();
      const resolved = await store.recordOutcome('ECHO', booked.id, { kind: 'RESOLVED', note: 'moved the Echo closer to the router' }, POLICY, NOW);
      expect(resolved).toMatchObject({ status: 'RESOLVED', note: 'moved the Echo closer to the router', updatedAt: NOW, phone: { countryCode: '1', number: '0142' } });
      expect(resolved.claimedBy).toBeUndefined();
      expect(await store.get('ECHO', booked.id)).toEqual(resolved);
      expect(await store.openCallbacks(ALEX)).toEqual([]);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(0);
      expect((await book({ scheduledFor: SLOT_11 })).outcome).toBe('BOOKED');
    });

    it('takes an outcome only from the agent holding the claim', async () => {
      const booked = await bookedOne();
      await store.claim('ECHO', booked.id, 'agent-1');
      expect(await conflictOf(store.recordOutcome('ECHO', booked.id, { kind: 'RESOLVED', agent: 'agent-2' }, POLICY, NOW))).toBe('CLAIMED');
      expect((await store.get('ECHO', booked.id))?.status).toBe('CLAIMED');
      expect(await store.recordOutcome('ECHO', booked.id, { kind: 'RESOLVED', agent: 'agent-1' }, POLICY, NOW)).toMatchObject({ status: 'RESOLVED' });
    });

    it('needs a claim first, and a finished request takes no second outcome', async () => {
      const booked = await bookedOne();
      expect(await conflictOf(store.recordOutcome('ECHO', booked.id, { kind: 'RESOLVED' }, POLICY, NOW))).toBe('PENDING');
      await store.claim('ECHO', booked.id, 'agent-1');
      await store.recordOutcome('ECHO', booked.id, { kind: 'CANCELLED', note: 'customer no longer needs it' }, POLICY, NOW);
      expect(await conflictOf(store.recordOutcome('ECHO', booked.id, { kind: 'RESOLVED' }, POLICY, NOW))).toBe('CANCELLED');
      expect(await conflictOf(store.claim('ECHO', booked.id, 'agent-2'))).toBe('CANCELLED');
      expect((await book({ scheduledFor: SLOT_11 })).outcome).toBe('BOOKED');
    });

    it('an unanswered callback goes back to the queue later, on the next slot, and fails when its attempts run out', async () => {
      const booked = await claimedCallback();
      const retry = await store.recordOutcome('ECHO', booked.id, { kind: 'NO_ANSWER' }, POLICY, NOW);
      // Tried at 18:05 (UTC): not before 18:35, and on the half-hour grid.
      expect(retry).toMatchObject({ status: 'PENDING', attempts: 1, scheduledFor: SLOT_11 });
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(0);
      expect(await store.bookedInSlot('ECHO', SLOT_11)).toBe(1);
      expect((await store.openCallbacks(ALEX)).map((c) => c.id)).toEqual([booked.id]);
      expect((await book({ scheduledFor: SLOT_11 })).outcome).toBe('ALREADY_OPEN');

      await store.claim('ECHO', booked.id, 'agent-2');
      const failed = await store.recordOutcome('ECHO', booked.id, { kind: 'NO_ANSWER', note: 'voicemail twice' }, POLICY, '2026-11-23T18:40:00.000Z');
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, note: 'voicemail twice', phone: { number: '0142' } });
      expect(await store.queue('ECHO')).toEqual([]);
      expect(await store.bookedInSlot('ECHO', SLOT_11)).toBe(0);
      expect((await book({ scheduledFor: SLOT_11 })).outcome).toBe('BOOKED');
    });

    it('a callback tried before its time and not answered keeps its time (never brought forward)', async () => {
      const tomorrowAt9 = '2026-11-24T14:00:00.000Z'; // 9 AM in New York, the Echo team's clock
      const booked = await bookedOne({ scheduledFor: tomorrowAt9 });
      await store.claim('ECHO', booked.id, 'agent-1');
      const retry = await store.recordOutcome('ECHO', booked.id, { kind: 'NO_ANSWER' }, POLICY, NOW);
      expect(retry).toMatchObject({ status: 'PENDING', attempts: 1, scheduledFor: tomorrowAt9 });
      expect(await store.bookedInSlot('ECHO', tomorrowAt9)).toBe(1);
    });

    it('a retry lands in the team hours, on a slot with room', async () => {
      const lateMonday = '2026-11-24T00:30:00.000Z'; // 7:30 PM in New York; the team closes at 8
      const booked = await bookedOne({ scheduledFor: lateMonday });
      await store.claim('ECHO', booked.id, 'agent-1');
      const tuesdayAt8 = '2026-11-24T13:00:00.000Z';
      for (const user of ['B', 'C', 'D', 'E']) await book({ userId: `amzn1.ask.account.${user}`, scheduledFor: tuesdayAt8 }, `req-${user}`, 4);
      const retry = await store.recordOutcome('ECHO', booked.id, { kind: 'NO_ANSWER' }, POLICY, '2026-11-24T00:40:00.000Z');
      // Not 9:10 PM (closed), not Tuesday 8:00 (its four seats are taken): Tuesday 8:30.
      expect(retry).toMatchObject({ status: 'PENDING', scheduledFor: '2026-11-24T13:30:00.000Z' });
      expect(await store.bookedInSlot('ECHO', tuesdayAt8)).toBe(4);
      expect(await store.bookedInSlot('ECHO', '2026-11-24T13:30:00.000Z')).toBe(1);
      expect(await store.bookedInSlot('ECHO', lateMonday)).toBe(0);
    });

    it('a rescheduled callback waits in the queue at its new time', async () => {
      const booked = await claimedCallback();
      const later = await store.recordOutcome('ECHO', booked.id, { kind: 'RESCHEDULED', scheduledFor: SLOT_11, note: 'customer asked for 11' }, POLICY, NOW);
      expect(later).toMatchObject({ status: 'PENDING', scheduledFor: SLOT_11, attempts: 0, phone: { number: '2065550142' } });
      expect(later.claimedBy).toBeUndefined();
      expect(await store.bookedInSlot('ECHO', SLOT_11)).toBe(1);
      expect(await store.bookedInSlot('ECHO', SLOT_10)).toBe(0);
      expect((await store.queue('ECHO')).map((c) => c.id)).toEqual([booked.id]);
    });

    it('a chat the customer never joined fails at once, and a chat cannot be rescheduled', async () => {
      const talk = await store.createChat(chat(), { requestId: 'req-chat' });
      await store.claim('FIRE_TV', talk.id, 'agent-1');
      await expect(store.recordOutcome('FIRE_TV', talk.id, { kind: 'RESCHEDULED', scheduledFor: SLOT_11 }, POLICY, NOW)).rejects.toBeInstanceOf(UnsupportedOutcomeError);
      expect((await store.get('FIRE_TV', talk.id))?.status).toBe('CLAIMED');
      expect(await store.recordOutcome('FIRE_TV', talk.id, { kind: 'NO_ANSWER' }, POLICY, NOW)).toMatchObject({ status: 'FAILED' });
      expect(await store.queue('FIRE_TV')).toEqual([]);
    });
  });
}

/** The behaviour every ProgressStore adapter must have. */
export function progressStoreContract(open: () => Promise<ProgressStore>): void {
  let store: ProgressStore;
  beforeEach(async () => {
    store = await open();
  });
  const progress = { area: 'diagnosis', data: { treeId: 'echo-wifi', step: 3, answers: ['no', 'yes'] }, savedAt: CREATED };

  it('gives back what was saved for that user only, the latest save winning', async () => {
    expect(await store.load(ALEX)).toBeUndefined();
    await store.save(ALEX, progress);
    await store.save(ALEX, { ...progress, data: { treeId: 'echo-wifi', step: 4 } });
    expect(await store.load(ALEX)).toEqual({ ...progress, data: { treeId: 'echo-wifi', step: 4 } });
    expect(await store.load(BOB)).toBeUndefined();
  });

  it('forgets it when cleared', async () => {
    await store.save(ALEX, progress);
    await store.clear(ALEX);
    await store.clear(BOB);
    expect(await store.load(ALEX)).toBeUndefined();
  });
}
