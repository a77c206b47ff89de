/** After a booking: a reminder a few minutes before the callback, the permission asked for by voice when missing. */
import type { Response, services } from 'ask-sdk-model';
import { askForPermission } from '../../alexa/permissions';
import { REMINDERS_SCOPE, callbackReminderRequest, createReminder } from '../../alexa/reminders';
import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import type { Ssml } from '../../speech/ssml';
import { CONSENT_TOKENS } from './consent';
import { spokenSlot, store } from './context';

/** The reminder for a callback at `slot`, a few minutes before it, in the customer's time zone. */
export async function callbackReminder(turn: Turn, slot: string): Promise<{ at: Date; request: services.reminderManagement.ReminderRequest }> {
  return callbackReminderRequest(slot, turn.deps.clock.now(), await deviceTimeZone(turn), turn.speech.locale);
}

/** "Yes" to a reminder: set it in the customer's time zone; without the permission, asks for it by voice. */
export function setReminder(turn: Turn): Promise<Response> {
  return createCallbackReminder(turn, () => {
    turn.state.pending = { id: 'routing.consent' };
    return askForPermission(turn.input, REMINDERS_SCOPE, CONSENT_TOKENS.reminder);
  });
}

/** Back from the permission request with a yes: set it, or say it could not be (never asked the permission twice). */
export function reminderAfterConsent(turn: Turn): Promise<Response> {
  return createCallbackReminder(turn, (spoken) => turn.tell(turn.speech('routing.reminder.unavailable', { slot: spoken })).getResponse());
}

/** Back from the permission request without a yes: the callback stands, without a reminder. */
export async function reminderWithoutConsent(turn: Turn): Promise<Response> {
  const slot = turn.state.routing?.slot;
  return turn.tell(slot ? turn.speech('routing.reminder.denied', { slot: await spokenSlot(turn, slot) }) : turn.speech('core.goodbye')).getResponse();
}

/** "No" to a reminder: the time once more, and goodbye. */
export async function noReminder(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const slot = turn.state.routing?.slot;
  return slot ? turn.tell(t('routing.reminder.notWanted', { slot: await spokenSlot(turn, slot) })).getResponse() : turn.tell(t('core.goodbye')).getResponse();
}

async function createCallbackReminder(turn: Turn, withoutPermission: (spoken: Ssml) => Response): Promise<Response> {
  const t = turn.speech;
  const { slot, callbackId } = (turn.state.routing ??= {});
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
      return withoutPermission(spoken);
    case 'UNAVAILABLE':
      return turn.tell(t('routing.reminder.unavailable', { slot: spoken })).getResponse();
  }
}
