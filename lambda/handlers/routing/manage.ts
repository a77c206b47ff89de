import type { Response } from 'ask-sdk-model';
import { deleteReminder, updateReminder } from '../../alexa/reminders';
import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import { teamSettings } from '../../domain/routing/teams';
import { planSlots, type CallbackWish } from '../../domain/routing/schedule';
import { readWish, type SpokenWhen } from '../../domain/routing/wish';
import type { Team } from '../../domain/support/channel';
import type { CallbackRequest } from '../../domain/contacts/contact';
import { WISH_PROBLEM_KEYS, askTime } from './booking';
import { callbackReminder } from './reminder';
import { nearestSlot } from './slots';
import { maskedNumber, openCallbacks, spokenSlot, store, teamName } from './context';
import { unusableAnswer } from '../missed-question';

/** The customer's soonest open callback, or the one this conversation is about. */
async function openCallback(turn: Turn): Promise<CallbackRequest | undefined> {
  const open = await openCallbacks(turn);
  const id = turn.state.routing?.callbackId;
  return open.find((c) => c.id === id) ?? open[0];
}

/** Looks up the callback, saying so clearly when there is none or the store cannot say. */
async function withCallback(turn: Turn, work: (callback: CallbackRequest) => Promise<Response>, unavailable = 'routing.status.unavailable' as const): Promise<Response> {
  let callback: CallbackRequest | undefined;
  try {
    callback = await openCallback(turn);
  } catch {
    return turn.tell(turn.speech(unavailable)).getResponse();
  }
  if (!callback) {
    delete turn.state.routing;
    return turn.askAnythingElse(turn.speech('routing.status.none')).getResponse();
  }
  return work(callback);
}

/** "When is my callback?" */
export function callbackStatus(turn: Turn): Promise<Response> {
  const t = turn.speech;
  return withCallback(turn, async (callback) => {
    const said = t('routing.status.one', { team: teamName(turn, callback.team), slot: await spokenSlot(turn, callback.scheduledFor), number: maskedNumber(turn, callback.phone.number.slice(-4)) });
    return turn.askAnythingElse(`${said} ${t('routing.status.anythingElse')}`).getResponse();
  });
}

/** "Move my callback to 4 PM": a time is asked for when none was said; the move is confirmed first. */
export function moveCallback(turn: Turn, spoken: SpokenWhen): Promise<Response> {
  return withCallback(turn, async (callback) => {
    turn.state.routing = { callbackId: callback.id, moving: true };
    if (!spoken.date && !spoken.time && !spoken.asap) {
      turn.state.pending = { id: 'routing.time' };
      return turn.ask(turn.speech('routing.move.askTime', { slot: await spokenSlot(turn, callback.scheduledFor) }), turn.speech('routing.time.reprompt')).getResponse();
    }
    const now = turn.deps.clock.now();
    const timeZone = await deviceTimeZone(turn);
    const reading = readWish(spoken, now, timeZone);
    if (!reading.ok) return unusableAnswer(turn, () => askTime(turn, WISH_PROBLEM_KEYS[reading.problem]));
    // The time asked for falls in the callback's own slot: nothing to move.
    if (reading.wish.kind === 'AT' && planSlots(reading.wish, teamSettings(callback.team), now, timeZone).fits(new Date(callback.scheduledFor))) {
      delete turn.state.routing;
      return turn.askAnythingElse(turn.speech('routing.move.alreadyThen', { slot: await spokenSlot(turn, callback.scheduledFor) })).getResponse();
    }
    return offerMove(turn, callback.team, reading.wish, [callback.scheduledFor]);
  });
}

/** The free slot nearest the wish: when it is what the customer asked for, the move is confirmed; otherwise the nearest times are offered. */
async function offerMove(turn: Turn, team: Team, wish: CallbackWish, skip: string[]): Promise<Response> {
  const found = await nearestSlot(turn, team, wish, skip, 'routing.confirmMove');
  switch (found.kind) {
    case 'UNAVAILABLE':
      return turn.tell(turn.speech('routing.move.unavailable')).getResponse();
    case 'FITS':
      return confirmMove(turn, team, found.slot);
    case 'ASKED':
      return found.response;
  }
}

/** Asks to move the callback to `slot`. */
async function confirmMove(turn: Turn, team: Team, slot: Date): Promise<Response> {
  const t = turn.speech;
  (turn.state.routing ??= {}).slot = slot.toISOString();
  const spoken = await spokenSlot(turn, slot);
  turn.state.pending = { id: 'routing.confirmMove' };
  return turn.ask(t('routing.move.confirm', { team: teamName(turn, team), slot: spoken }), t('routing.move.confirmReprompt', { slot: spoken })).getResponse();
}

/** "Yes, move it": the store first, then its reminder. */
export function confirmedMove(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const slot = turn.state.routing?.slot;
  return withCallback(turn, async (callback) => {
    if (!slot) return askTime(turn);
    let result;
    try {
      result = await store(turn, 'move callback', () =>
        turn.deps.contacts.moveCallback(turn.userId, callback.id, slot, { slotCapacity: teamSettings(callback.team).callbackCapacityPerSlot }),
      );
    } catch {
      return turn.tell(t('routing.move.unavailable')).getResponse();
    }
    turn.deps.log.info('callback move', { outcome: result.outcome, team: callback.team });
    if (result.outcome === 'NOT_FOUND') return turn.askAnythingElse(t('routing.move.gone')).getResponse();
    if (result.outcome === 'SLOT_FULL') return offerMove(turn, callback.team, { kind: 'AT', at: new Date(slot) }, [slot, callback.scheduledFor]);
    delete turn.state.routing;
    const parts = [t('routing.move.done', { slot: await spokenSlot(turn, slot) })];
    if (callback.reminderAlertToken) {
      const { request } = await callbackReminder(turn, slot);
      parts.push(t((await updateReminder(turn, callback.reminderAlertToken, request)) ? 'routing.move.reminderMoved' : 'routing.move.reminderNotMoved'));
    }
    parts.push(t('routing.move.goodbye'));
    return turn.tell(parts.join(' ')).getResponse();
  });
}

/** "Cancel my callback": confirmed first. */
export function cancelCallback(turn: Turn): Promise<Response> {
  const t = turn.speech;
  return withCallback(turn, async (callback) => {
    turn.state.routing = { callbackId: callback.id };
    turn.state.pending = { id: 'routing.confirmCancel' };
    return turn.ask(t('routing.cancel.confirm', { team: teamName(turn, callback.team), slot: await spokenSlot(turn, callback.scheduledFor) }), t('routing.cancel.confirmReprompt')).getResponse();
  });
}

/** "Yes, cancel it": the store first, then its reminder. */
export function confirmedCancel(turn: Turn): Promise<Response> {
  const t = turn.speech;
  return withCallback(turn, async (callback) => {
    let cancelled: boolean;
    try {
      cancelled = await store(turn, 'cancel callback', () => turn.deps.contacts.cancelCallback(turn.userId, callback.id));
    } catch {
      return turn.tell(t('routing.cancel.unavailable')).getResponse();
    }
    turn.deps.log.info('callback cancel', { cancelled, team: callback.team });
    if (!cancelled) return turn.askAnythingElse(t('routing.move.gone')).getResponse();
    delete turn.state.routing;
    const parts = [t('routing.cancel.done')];
    if (callback.reminderAlertToken) {
      parts.push(t((await deleteReminder(turn, callback.reminderAlertToken)) ? 'routing.cancel.reminderDeleted' : 'routing.cancel.reminderNotDeleted'));
    }
    parts.push(t('routing.cancel.goodbye'));
    return turn.tell(parts.join(' ')).getResponse();
  });
}

/** "No" to a move or a cancellation: nothing changes, and the customer hears so. */
export function keepCallback(turn: Turn, key: 'routing.move.declined' | 'routing.cancel.declined'): Promise<Response> {
  return withCallback(turn, async (callback) => {
    delete turn.state.routing;
    return turn.askAnythingElse(turn.speech(key, { slot: await spokenSlot(turn, callback.scheduledFor) })).getResponse();
  });
}
