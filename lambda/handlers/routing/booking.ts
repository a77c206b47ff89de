/**
 * Booking a callback: the time (`requestCallback`), the nearest free slot (`offerSlot`), the number
 * (phone.ts), "shall I book it?" (`confirmBooking`), the booking (`bookCallback`), then the reminder
 * (reminder.ts). docs/callback-flow.md draws the whole flow.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'ask-sdk-model';
import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import { priorityFor } from '../../domain/routing/router';
import type { RoutingState, Wish } from '../../domain/routing/session';
import type { CallbackWish } from '../../domain/routing/schedule';
import { teamSettings } from '../../domain/routing/teams';
import { keptWhen, readWish, wishInWords, type SpokenWhen } from '../../domain/routing/wish';
import type { Team } from '../../domain/support/channel';
import { BookingOutcomeUnknownError } from '../../ports/contact-store';
import type { CallbackRequest } from '../../domain/contacts/contact';
import type { SpeechKey } from '../../speech/i18n';
import { dropDiagnosis, knownHandoff } from '../handoff';
import { unusableAnswer } from '../missed-question';
import { maskedNumber, openCallbacks, settledWrite, spokenSlot, teamName, whatTheTeamHas } from './context';
import { isRepeatContact } from './offer';
import { askPhone, findNumber, numberAfterConsent, numberToCall, takeSpokenNumber, type NumberStep } from './phone';
import { nearestSlot } from './slots';

/** What the customer hears when their words give no bookable time. */
export const WISH_PROBLEM_KEYS = { PAST: 'routing.time.past', UNCLEAR: 'routing.time.unclear', TOO_FAR: 'routing.time.tooFar' } as const;

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
  if (!known) return askForTeam(turn, { channel: 'CALLBACK', ...(spoken.date || spoken.time || spoken.asap ? { when: keptWhen(spoken) } : {}) });
  const handoff = { ...known, asked: { ...known.asked, channel: 'CALLBACK' as const, when: wishInWords(spoken) ?? known.asked?.when } };
  turn.state.handoff = handoff;
  delete turn.state.wish;
  const existing = await openCallbackWith(turn, handoff.team);
  if (existing) return alreadyOpen(turn, existing);
  const reading = readWish(spoken, turn.deps.clock.now(), await deviceTimeZone(turn));
  if (!reading.ok) return unusableAnswer(turn, () => askTime(turn, WISH_PROBLEM_KEYS[reading.problem]));
  return offerSlot(turn, handoff.team, reading.wish);
}

/** The customer's open callback with `team`, so a second one is never set up only to be refused. */
async function openCallbackWith(turn: Turn, team: Team): Promise<CallbackRequest | undefined> {
  try {
    return (await openCallbacks(turn)).find((c) => c.team === team);
  } catch {
    return undefined; // The booking itself enforces one open callback per team.
  }
}

async function alreadyOpen(turn: Turn, existing: CallbackRequest): Promise<Response> {
  const t = turn.speech;
  delete turn.state.routing;
  return turn.askAnythingElse(t('routing.booked.alreadyOpen', { team: teamName(turn, existing.team), slot: await spokenSlot(turn, existing.scheduledFor) })).getResponse();
}

/** The free slot nearest the wish: when it is what the customer asked for, on to the number; otherwise the nearest times are offered. */
async function offerSlot(turn: Turn, team: Team, wish: CallbackWish, skip: string[] = []): Promise<Response> {
  const found = await nearestSlot(turn, team, wish, skip, 'routing.alternative');
  switch (found.kind) {
    case 'UNAVAILABLE':
      return notBooked(turn);
    case 'FITS':
      return withPhone(turn);
    case 'ASKED':
      return found.response;
  }
}

/** With the time chosen: the number to call, then "shall I book it?". */
export async function withPhone(turn: Turn): Promise<Response> {
  return confirmWhenKnown(turn, await findNumber(turn));
}

/** Back from the mobile number permission with a yes. */
export async function withPhoneAfterConsent(turn: Turn): Promise<Response> {
  return confirmWhenKnown(turn, await numberAfterConsent(turn));
}

/** "My number is ...": on to "shall I book it?" when the time is chosen, otherwise to the time. */
export function numberGiven(turn: Turn, said: string | undefined): Promise<Response> | Response {
  if (!takeSpokenNumber(turn, said)) return unusableAnswer(turn, () => askPhone(turn, 'routing.phone.invalid'));
  if (!turn.state.routing?.slot) return requestCallback(turn, {});
  return confirmBooking(turn);
}

const confirmWhenKnown = (turn: Turn, step: NumberStep) => (step.known ? confirmBooking(turn) : step.response);

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

/** "Yes, book it": stored first, confirmed only once the store has it; then a reminder is offered. */
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
      await dropDiagnosis(turn);
      // The full number has done its job: only what the confirmation needs stays in the session.
      turn.state.routing = { callbackId: booked.id, slot: booked.scheduledFor, phone: { source: state.phone.source, last4: state.phone.last4 } };
      turn.state.pending = { id: 'routing.reminder' };
      const params = { team: teamName(turn, booked.team), number: maskedNumber(turn, booked.phone.number.slice(-4)), slot: await spokenSlot(turn, booked.scheduledFor), carried: await whatTheTeamHas(turn, booked.handoff) };
      return turn.ask(t('routing.booked.done', params), t('routing.booked.reminderReprompt')).getResponse();
    }
    case 'ALREADY_OPEN':
      return alreadyOpen(turn, result.existing);
    case 'SLOT_FULL':
      return offerSlot(turn, handoff.team, { kind: 'AT', at: new Date(state.slot) }, [state.slot]);
  }
}
