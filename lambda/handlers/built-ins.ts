import { getRequest, type ErrorHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { isIntent, isRequest } from '../conversation/matchers';
import { Turn } from '../conversation/turn';
import { BUILT_IN_INTENTS as B, SUPPORT_INTENTS } from '../vocabulary/support';
import { dropDiagnosis, handOff, knownHandoff } from './handoff';
import { missed } from './missed-question';
import { welcome } from './support';
import { turnHandler } from './turn-handler';
import type { AreaHandlers } from './area';
import { speechFor } from '../speech/i18n';
import type { SkillDeps } from '../skill-deps';

function isSessionEnded(input: Parameters<ErrorHandler['handle']>[0]): boolean {
  try {
    return isRequest(input, 'SessionEndedRequest');
  } catch {
    return false;
  }
}

/** Explains what the desk does and asks what the customer needs. */
const help = turnHandler({
  canHandle: (_turn, input) => isIntent(input, B.help),
  handle(turn) {
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(turn.speech('core.help'), turn.speech('core.helpReprompt')).getResponse();
  },
});

/** Stop, Cancel and "go home" leave at once, with no "are you sure?". */
const goodbye = turnHandler({
  canHandle: (_turn, input) => isIntent(input, B.stop, B.cancel, B.navigateHome),
  handle: (turn) => turn.tell(turn.speech('core.goodbye')).getResponse(),
});

/** "Start over": forget this session's answers (and a diagnosis saved along the way) and greet again. */
const startOver = turnHandler({
  canHandle: (_turn, input) => isIntent(input, B.startOver),
  async handle(turn) {
    await dropDiagnosis(turn);
    for (const key of Object.keys(turn.state)) delete turn.state[key as keyof typeof turn.state];
    return welcome(turn);
  },
});

/** "Repeat that": the last question again, word for word. */
const repeat = turnHandler({
  canHandle: (_turn, input) => isIntent(input, B.repeat),
  handle(turn) {
    const last = turn.lastAsked;
    if (last) return turn.ask(last.speech, last.reprompt).getResponse();
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(turn.speech('core.nothingToRepeat'), turn.speech('support.askTopicReprompt')).getResponse();
  },
});

/** "Agent", "a person", "representative" at any turn: straight to the team that owns the problem. */
const talkToAgent = turnHandler({
  canHandle: (_turn, input) => isIntent(input, SUPPORT_INTENTS.talkToAgent),
  handle(turn) {
    const { state } = turn;
    const t = turn.speech;
    const handoff = knownHandoff(state);
    if (handoff) return handOff(turn, handoff);
    // The answer names the team; the customer asked for a person, so it leads to the offer, not to self-help.
    state.pending = { id: 'support.agentTopic' };
    return turn.ask(t('support.agentOptions'), t('support.agentOptionsReprompt')).getResponse();
  },
});

/**
 * Words that fit no intent, and intents no handler above took (a yes with nothing asked, say): a miss of the
 * question waiting when there is one, otherwise the choices the desk offers.
 */
const fallback = turnHandler({
  canHandle: (_turn, input) => isRequest(input, 'IntentRequest'),
  handle(turn) {
    const t = turn.speech;
    if (turn.state.pending) return missed(turn);
    if (isIntent(turn.input, B.yes, B.no)) return turn.ask(t('core.unexpectedYesNo'), t('support.askTopicReprompt')).getResponse();
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(t('core.fallback'), t('core.fallbackReprompt')).getResponse();
  },
});

/** The session ended (the customer left, said nothing, or an error): nothing may be spoken. */
const sessionEnded = turnHandler({
  canHandle: (_turn, input) => isRequest(input, 'SessionEndedRequest'),
  handle(turn) {
    const request = getRequest<SessionEndedRequest>(turn.input.requestEnvelope);
    turn.deps.log.info('session ended', { reason: request.reason, errorType: request.error?.type });
    return turn.input.responseBuilder.getResponse();
  },
});

/** Built-ins that must come after every area's own handlers (fallback takes any intent left). */
export const areaHandlers: AreaHandlers = () => [help, goodbye, startOver, repeat, talkToAgent, sessionEnded, fallback];

/** Anything thrown: apologise and offer the next step, never Alexa's "problem with the skill's response". */
export function errorHandler(deps: SkillDeps): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      let turn: Turn | undefined;
      try {
        turn = Turn.of(input);
      } catch {
        // The error came before the turn existed (a malformed envelope): answer in the default locale.
      }
      deps.metrics.count('Error');
      (turn?.deps.log ?? deps.log).error('request failed', { error: error.name, outcome: 'ERROR' });
      if (isSessionEnded(input)) return input.responseBuilder.getResponse();
      const t = turn?.speech ?? speechFor(undefined);
      if (turn) turn.state.pending = { id: 'support.topic' };
      return input.responseBuilder
        .speak(t('core.error'))
        .reprompt(t('core.errorReprompt'))
        .withShouldEndSession(false)
        .getResponse();
    },
  };
}
