import { randomUUID } from 'node:crypto';
import type { Response, services } from 'ask-sdk-model';
import { askForPermission, type ConsentAnswer } from '../../alexa/permissions';
import { MOBILE_NUMBER_SCOPE, profileMobileNumber } from '../../alexa/profile';
import { REMINDERS_SCOPE, callbackReminderRequest, createReminder } from '../../alexa/reminders';
import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import type { RoutingState, Wish } from '../../domain/routing/session';
import { planSlots, type CallbackWish } from '../../domain/routing/schedule';
import { teamSettings } from '../../domain/routing/teams';
import { readWish, wishInWords, type SpokenWhen } from '../../domain/routing/wish';
import type { Team } from '../../domain/support/channel';
import { BookingOutcomeUnknownError } from '../../ports/contact-store';
import type { CallbackRequest, PhoneNumber } from '../../domain/contacts/contact';
import { Ssml } from '../../speech/ssml';
import type { SpeechKey } from '../../speech/i18n';
import { knownHandoff } from '../handoff';
import { freeSlots, maskedNumber, settledWrite, spokenSlot, store, teamName, whatTheTeamHas } from './context';
import { isRepeatContact } from './offer';
import { priorityFor } from '../../domain/routing/router';

/** Tokens of the permission requests, naming what to resume when the session comes back. */
export const CONSENT_TOKENS = { mobile: 'routing.mobileNumber', reminder: 'routing.reminder' } as const;

/** What the customer hears when their words give no bookable time. */
export const WISH_PROBLEM_KEYS = { PAST: 'routing.time.past', UNCLEAR: 'routing.time.unclear', TOO_FAR: 'routing.time.tooFar' } as const;

/** The reminder for a callback at `slot`, a few minutes before it, in the customer's time zone. */
export async function callbackReminder(turn: Turn, slot: string): Promise<{ at: Date; request: services.reminderManagement.ReminderRequest }> {
  return callbackReminderRequest(slot, turn.deps.clock.now(), await deviceTimeZone(turn), turn.speech.locale);
}

const routingState = (turn: Turn): RoutingState => (turn.state.routing ??= {});

/** "Which team?" when the customer asks for a person before saying what it is about; the channel and time they said are kept. */
export function askForTeam(turn: Turn, wish: Wish): Response {
  turn.state.wish = wish;
  turn.state.pending = { id: 'support.agentTopic' };
  return turn.ask(turn.speech('routing.needTeam'), turn.speech('routing.needTeamReprompt')).getResponse();
}

/** "When should the team call?" */
export function askTime(turn: Turn, key: SpeechKey = 'routing.time.ask'): Response {
  turn.state.pending = { id: 'routing.time' };
  return turn.ask(turn.speech(key), turn.speech('routing.time.reprompt')).getResponse();
}

/** "Call me back", "call me tomorrow at 10", "as soon as possible", "this evening". */
export async function requestCallback(turn: Turn, spoken: SpokenWhen): Promise<Response> {
  const known = knownHandoff(turn.state);
  if (!known) return askForTeam(turn, { channel: 'CALLBACK', ...(spoken.date || spoken.time || spoken.asap ? { when: spoken } : {}) });
  const handoff = { ...known, asked: { ...known.asked, channel: 'CALLBACK' as const, when: wishInWords(spoken) ?? known.asked?.when } };
  turn.state.handoff = handoff;
  delete turn.state.wish;
  const existing = await openCallbackWith(turn, handoff.team);
  if (existing) return alreadyOpen(turn, existing);
  const reading = readWish(spoken, turn.deps.clock.now(), await deviceTimeZone(turn));
  if (!reading.ok) return askTime(turn, WISH_PROBLEM_KEYS[reading.problem]);
  return offerSlot(turn, handoff.team, reading.wish, 'BOOK');
}

/** The customer's open callback with `team`, so a second one is never set up only to be refused. */
async function openCallbackWith(turn: Turn, team: Team): Promise<CallbackRequest | undefined> {
  try {
    return (await store(turn, 'open callbacks', () => turn.deps.contacts.openCallbacks(turn.userId))).find((c) => c.team === team);
  } catch {
    return undefined; // The booking itself enforces one open callback per team.
  }
}

async function alreadyOpen(turn: Turn, existing: CallbackRequest): Promise<Response> {
  const t = turn.speech;
  delete turn.state.routing;
  return turn.askAnythingElse(t('routing.booked.alreadyOpen', { team: teamName(turn, existing.team), slot: await spokenSlot(turn, existing.scheduledFor) })).getResponse();
}

/**
 * Finds the free slot nearest the wish. When it is what the customer asked for, booking goes on (or the
 * move is confirmed); otherwise the nearest free times are offered, with the reason.
 */
export async function offerSlot(turn: Turn, team: Team, wish: CallbackWish, purpose: 'BOOK' | 'MOVE', skip: string[] = []): Promise<Response> {
  const t = turn.speech;
  const plan = planSlots(wish, teamSettings(team), turn.deps.clock.now(), await deviceTimeZone(turn));
  let free: Date[];
  try {
    free = await freeSlots(turn, team, plan, 2, skip);
  } catch {
    return purpose === 'BOOK' ? notBooked(turn) : turn.tell(t('routing.move.unavailable')).getResponse();
  }
  if (free.length === 0) {
    turn.state.pending = { id: 'routing.chatInstead' };
    return turn.ask(t('routing.time.noSlots', { team: teamName(turn, team) }), t('routing.time.noSlotsReprompt')).getResponse();
  }
  const [first, second] = free;
  routingState(turn).slot = first.toISOString();
  if (plan.fits(first)) return purpose === 'BOOK' ? withPhone(turn) : confirmMove(turn, team, first);

  const reason = plan.teamOpenThen ? t('routing.time.fullThen') : t('routing.time.closedThen', { team: teamName(turn, team) });
  const firstSpoken = await spokenSlot(turn, first);
  const params = { reason: new Ssml(reason), first: firstSpoken, ...(second ? { second: await spokenSlot(turn, second) } : {}) };
  turn.state.pending = { id: purpose === 'BOOK' ? 'routing.alternative' : 'routing.confirmMove' };
  return turn
    .ask(t(second ? 'routing.time.alternatives' : 'routing.time.alternative', params), t('routing.time.alternativeReprompt', { first: firstSpoken }))
    .getResponse();
}

/** Asks to move the callback to `slot` (the move itself lives with the other callback changes). */
export async function confirmMove(turn: Turn, team: Team, slot: Date): Promise<Response> {
  const t = turn.speech;
  routingState(turn).slot = slot.toISOString();
  const spoken = await spokenSlot(turn, slot);
  turn.state.pending = { id: 'routing.confirmMove' };
  return turn.ask(t('routing.move.confirm', { team: teamName(turn, team), slot: spoken }), t('routing.move.confirmReprompt', { slot: spoken })).getResponse();
}

function askPhone(turn: Turn, key: SpeechKey): Response {
  turn.state.pending = { id: 'routing.phone' };
  return turn.ask(turn.speech(key), turn.speech('routing.phone.reprompt')).getResponse();
}

/** The number to call: the profile's (asking for the permission by voice when missing), or one spoken. */
export async function withPhone(turn: Turn, afterConsent = false): Promise<Response> {
  const state = routingState(turn);
  if (state.phone) return confirmBooking(turn);
  const lookup = await profileMobileNumber(turn);
  switch (lookup.status) {
    case 'FOUND':
      state.phone = { source: 'PROFILE', last4: lookup.phone.number.slice(-4), countryCode: lookup.phone.countryCode };
      return confirmBooking(turn);
    case 'NO_PERMISSION':
      if (afterConsent) return askPhone(turn, 'routing.phone.askUnavailable');
      turn.state.pending = { id: 'routing.consent' };
      return askForPermission(turn.input, MOBILE_NUMBER_SCOPE, CONSENT_TOKENS.mobile);
    case 'NONE':
      return askPhone(turn, 'routing.phone.askNoProfile');
    case 'UNAVAILABLE':
      return askPhone(turn, 'routing.phone.askUnavailable');
  }
}

/** A number the customer said: NANP numbers, ten digits (a leading 1 is the country code). */
export function spokenPhone(said: string): PhoneNumber | undefined {
  let digits = said.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return undefined;
  return { countryCode: '+1', number: digits };
}

/** "My number is ...": kept (in session, until booked) and read back masked with the booking question. */
export async function givePhone(turn: Turn, said: string | undefined): Promise<Response> {
  const phone = said ? spokenPhone(said) : undefined;
  if (!phone) return askPhone(turn, 'routing.phone.invalid');
  routingState(turn).phone = { source: 'SPOKEN', last4: phone.number.slice(-4), countryCode: phone.countryCode, digits: phone.number };
  if (!turn.state.routing?.slot) return requestCallback(turn, {});
  return confirmBooking(turn);
}

async function confirmBooking(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const { slot, phone } = routingState(turn);
  const handoff = turn.state.handoff;
  if (!slot || !phone || !handoff) return askTime(turn);
  const spoken = await spokenSlot(turn, slot);
  turn.state.pending = { id: 'routing.confirmBooking' };
  return turn
    .ask(t('routing.confirm.booking', { team: teamName(turn, handoff.team), number: maskedNumber(turn, phone.last4), slot: spoken }), t('routing.confirm.bookingReprompt', { slot: spoken }))
    .getResponse();
}

function notBooked(turn: Turn): Response {
  turn.state.pending = { id: 'routing.retryBooking' };
  return turn.ask(turn.speech('routing.booked.notBooked'), turn.speech('routing.booked.notBookedReprompt')).getResponse();
}

/** The full number to book with: the spoken one, or the profile's fetched again (it is never kept). */
async function numberToCall(turn: Turn, state: RoutingState): Promise<PhoneNumber | undefined> {
  if (state.phone?.source === 'SPOKEN' && state.phone.digits) return { countryCode: state.phone.countryCode ?? '+1', number: state.phone.digits };
  const lookup = await profileMobileNumber(turn);
  return lookup.status === 'FOUND' && lookup.phone.number.endsWith(state.phone?.last4 ?? '') ? lookup.phone : undefined;
}

/** "Yes, book it": stored first, confirmed only once the store has it. */
export async function bookCallback(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const state = routingState(turn);
  const handoff = turn.state.handoff;
  if (!state.slot || !state.phone || !handoff) return askTime(turn);
  const phone = await numberToCall(turn, state);
  if (!phone) {
    delete state.phone;
    return askPhone(turn, 'routing.booked.numberLost');
  }
  const now = turn.deps.clock.now().toISOString();
  const priority = priorityFor(handoff, await isRepeatContact(turn));
  const callback: CallbackRequest = {
    kind: 'CALLBACK',
    id: randomUUID(),
    team: handoff.team,
    userId: turn.userId,
    createdAt: now,
    updatedAt: now,
    status: 'PENDING',
    handoff,
    priority,
    phone,
    scheduledFor: state.slot,
    timeZone: await deviceTimeZone(turn),
    attempts: 0,
  };
  const requestId = turn.input.requestEnvelope.request.requestId;
  const slotCapacity = teamSettings(handoff.team).callbackCapacityPerSlot;
  let result;
  try {
    result = await settledWrite(turn, 'book callback', (budgetMs) => turn.deps.contacts.bookCallback(callback, { requestId, slotCapacity, budgetMs }));
  } catch (error) {
    // "Not booked" only when the store is sure nothing was stored.
    if (!(error instanceof BookingOutcomeUnknownError)) return notBooked(turn);
    turn.deps.log.warn('callback booking outcome unknown', { team: handoff.team });
    return turn.tell(t('routing.booked.unconfirmed')).getResponse();
  }
  turn.deps.log.info('callback booking', { outcome: result.outcome, team: handoff.team, priority });
  switch (result.outcome) {
    case 'BOOKED':
    case 'ALREADY_BOOKED_BY_THIS_REQUEST': {
      const booked = result.callback;
      // The full number has done its job: only what the confirmation needs stays in the session.
      turn.state.routing = { callbackId: booked.id, slot: booked.scheduledFor, phone: { source: state.phone.source, last4: state.phone.last4 } };
      turn.state.pending = { id: 'routing.reminder' };
      const params = { team: teamName(turn, booked.team), number: maskedNumber(turn, booked.phone.number.slice(-4)), slot: await spokenSlot(turn, booked.scheduledFor), carried: whatTheTeamHas(turn, booked.handoff) };
      return turn.ask(t('routing.booked.done', params), t('routing.booked.reminderReprompt')).getResponse();
    }
    case 'ALREADY_OPEN':
      return alreadyOpen(turn, result.existing);
    case 'SLOT_FULL':
      return offerSlot(turn, handoff.team, { kind: 'AT', at: new Date(state.slot) }, 'BOOK', [state.slot]);
  }
}

/** "Yes" to a reminder: set it in the customer's time zone, asking for the permission by voice if needed. */
export async function setCallbackReminder(turn: Turn, afterConsent = false): Promise<Response> {
  const t = turn.speech;
  const { slot, callbackId } = routingState(turn);
  if (!slot || !callbackId) return turn.tell(t('core.goodbye')).getResponse();
  const spoken = await spokenSlot(turn, slot);
  const reminder = await callbackReminder(turn, slot);
  if (reminder.at.getTime() - turn.deps.clock.now().getTime() < 60_000) return turn.tell(t('routing.reminder.tooSoon', { slot: spoken })).getResponse();
  const outcome = await createReminder(turn, reminder.request);
  switch (outcome.status) {
    case 'SET':
      try {
        await store(turn, 'remember reminder', () => turn.deps.contacts.setReminder(turn.userId, callbackId, outcome.alertToken));
      } catch {
        // The reminder still rings; only moving or cancelling it with the callback is lost.
      }
      return turn.tell(t('routing.reminder.set')).getResponse();
    case 'NO_PERMISSION':
      if (afterConsent) return turn.tell(t('routing.reminder.unavailable', { slot: spoken })).getResponse();
      turn.state.pending = { id: 'routing.consent' };
      return askForPermission(turn.input, REMINDERS_SCOPE, CONSENT_TOKENS.reminder);
    case 'UNAVAILABLE':
      return turn.tell(t('routing.reminder.unavailable', { slot: spoken })).getResponse();
  }
}

/** The session is back from a permission request: every answer has a way forward. */
export async function resumeAfterConsent(turn: Turn, token: string, answer: ConsentAnswer): Promise<Response | undefined> {
  const t = turn.speech;
  if (token === CONSENT_TOKENS.mobile) {
    if (answer === 'ACCEPTED') return withPhone(turn, true);
    return askPhone(turn, answer === 'DENIED' ? 'routing.phone.askDenied' : 'routing.phone.askNotAnswered');
  }
  if (token === CONSENT_TOKENS.reminder) {
    if (answer === 'ACCEPTED') return setCallbackReminder(turn, true);
    const slot = turn.state.routing?.slot;
    return turn.tell(slot ? t('routing.reminder.denied', { slot: await spokenSlot(turn, slot) }) : t('core.goodbye')).getResponse();
  }
  return undefined;
}
