/** The routing area: its intents, and the yes or no to each of its questions, wired to the named steps of the flow (docs/callback-flow.md). */
import { getSlotValue, type HandlerInput } from 'ask-sdk-core';
import { consentAnswer } from '../../alexa/permissions';
import { isIntent, resolveSlot, resolvedId } from '../../conversation/matchers';
import type { SpokenWhen } from '../../domain/routing/wish';
import { CHANNELS } from '../../domain/support/channel';
import { ROUTING_INTENTS as R, ROUTING_SLOTS as S, SOON_IDS } from '../../vocabulary/routing';
import { BUILT_IN_INTENTS as B } from '../../vocabulary/support';
import { askTime, bookCallback, numberGiven, requestCallback, withPhone, withPhoneAfterConsent } from './booking';
import { startChat } from './chat';
import { teamName } from './context';
import { CONSENT_TOKENS } from './consent';
import { numberWithoutConsent } from './phone';
import { noReminder, reminderAfterConsent, reminderWithoutConsent, setReminder } from './reminder';
import { intentHandler, turnHandler } from '../turn-handler';
import type { AreaHandlers } from '../area';
import { missed, unusableAnswer } from '../missed-question';
import { callbackStatus, cancelCallback, confirmedCancel, confirmedMove, keepCallback, moveCallback } from './manage';
import { pendingArea } from '../../conversation/questions';

/** The date, time and "as soon as possible" the customer said. */
function spokenWhen(input: HandlerInput): SpokenWhen {
  const value = (name: string) => getSlotValue(input.requestEnvelope, name)?.trim() || undefined;
  return { date: value(S.date), time: value(S.time), asap: resolvedId(resolveSlot(input, S.soon), SOON_IDS) !== undefined };
}

/** "Chat" or "callback", in answer to the offer or on its own. */
const chooseChannel = turnHandler({
  canHandle: (_turn, input) => isIntent(input, R.chooseChannel),
  handle(turn) {
    const channel = resolvedId(resolveSlot(turn.input, S.channel), CHANNELS);
    if (channel === 'CHAT') return startChat(turn);
    if (channel === 'CALLBACK') return requestCallback(turn, {});
    return unusableAnswer(turn, () => {
      turn.state.pending = { id: 'routing.channel' };
      return turn.ask(turn.speech('routing.offer.reprompt'), turn.speech('routing.offer.reprompt')).getResponse();
    });
  },
});

/** "Call me back tomorrow at 10", or a time given for a move. */
const scheduleCallback = intentHandler(R.scheduleCallback, (turn) =>
  turn.state.routing?.moving ? moveCallback(turn, spokenWhen(turn.input)) : requestCallback(turn, spokenWhen(turn.input)),
);

const givePhoneNumber = intentHandler(R.givePhoneNumber, (turn) => numberGiven(turn, getSlotValue(turn.input.requestEnvelope, S.phone) ?? undefined));
const status = intentHandler(R.callbackStatus, callbackStatus);
const move = intentHandler(R.moveCallback, (turn) => moveCallback(turn, spokenWhen(turn.input)));
const cancel = intentHandler(R.cancelCallback, cancelCallback);

/** Yes and no to the routing questions, by what was asked. */
const answers = turnHandler({
  canHandle: (turn, input) => isIntent(input, B.yes, B.no) && pendingArea(turn.state) === 'routing',
  async handle(turn) {
    const t = turn.speech;
    const yes = isIntent(turn.input, B.yes);
    const pending = turn.state.pending!;
    const declined = () => {
      delete turn.state.routing;
      return turn.askAnythingElse(t('routing.offer.declined')).getResponse();
    };
    switch (pending.id) {
      case 'routing.channel':
        if (!yes) return declined();
        return pending.data?.recommended === 'CHAT' ? startChat(turn) : requestCallback(turn, {});
      case 'routing.alternative':
        return yes ? withPhone(turn) : askTime(turn);
      case 'routing.confirmBooking':
        if (yes) return bookCallback(turn);
        turn.state.pending = { id: 'routing.time' };
        return turn.ask(t('routing.confirm.declined'), t('routing.confirm.declinedReprompt')).getResponse();
      case 'routing.retryBooking':
        return yes ? bookCallback(turn) : declined();
      case 'routing.reminder':
        return yes ? setReminder(turn) : noReminder(turn);
      case 'routing.chatInstead':
        return yes ? startChat(turn) : declined();
      case 'routing.callbackInstead':
        return yes ? requestCallback(turn, {}) : declined();
      case 'routing.confirmMove':
        return yes ? confirmedMove(turn) : keepCallback(turn, 'routing.move.declined');
      case 'routing.confirmCancel':
        return yes ? confirmedCancel(turn) : keepCallback(turn, 'routing.cancel.declined');
      case 'routing.phone': {
        // "No" to "what number should the team call?": no callback then, but a chat needs no number.
        if (!turn.state.handoff) return declined();
        turn.state.pending = { id: 'routing.chatInstead' };
        const team = teamName(turn, turn.state.handoff.team);
        return turn.ask(t('routing.phone.noNumber', { team }), t('routing.time.noSlotsReprompt')).getResponse();
      }
      default:
        // A yes or no to a question that wants words (a time, a number): the registry counts it a miss.
        return missed(turn);
    }
  },
});

/** The session back from a permission request (Connections.StartConnection). */
const resumed = turnHandler({
  canHandle: (_turn, input) => consentAnswer(input) !== undefined,
  async handle(turn) {
    const { token, answer } = consentAnswer(turn.input)!;
    turn.deps.log.info('permission answer', { token, answer });
    if (token === CONSENT_TOKENS.mobile) return answer === 'ACCEPTED' ? withPhoneAfterConsent(turn) : numberWithoutConsent(turn, answer);
    if (token === CONSENT_TOKENS.reminder) return answer === 'ACCEPTED' ? reminderAfterConsent(turn) : reminderWithoutConsent(turn);
    return turn.askAnythingElse(turn.speech('support.anythingElse')).getResponse();
  },
});

/** Routing's handlers: before the support entry's and the built-ins (whose fallback takes any intent). */
export const areaHandlers: AreaHandlers = () => [resumed, answers, chooseChannel, scheduleCallback, givePhoneNumber, status, move, cancel];
