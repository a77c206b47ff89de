import { getRequest, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { isIntent, isRequest } from '../conversation/matchers';
import { Turn } from '../conversation/turn';
import { BUILT_IN_INTENTS as B, SUPPORT_INTENTS } from '../vocabulary/support';
import { handOff, knownHandoff } from './handoff';
import { missed } from './missed-question';
import { welcome } from './support';
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
const help: RequestHandler = {
  canHandle: (input) => isIntent(input, B.help),
  handle(input) {
    const turn = Turn.of(input);
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(turn.speech('core.help'), turn.speech('core.helpReprompt')).getResponse();
  },
};

/** Stop, Cancel and "go home" leave at once, with no "are you sure?". */
const goodbye: RequestHandler = {
  canHandle: (input) => isIntent(input, B.stop, B.cancel, B.navigateHome),
  handle(input) {
    const turn = Turn.of(input);
    return turn.tell(turn.speech('core.goodbye')).getResponse();
  },
};

/** "Start over": forget this session's answers and greet again. */
const startOver: RequestHandler = {
  canHandle: (input) => isIntent(input, B.startOver),
  handle(input) {
    const turn = Turn.of(input);
    for (const key of Object.keys(turn.state)) delete turn.state[key as keyof typeof turn.state];
    return welcome(turn);
  },
};

/** "Repeat that": the last question again, word for word. */
const repeat: RequestHandler = {
  canHandle: (input) => isIntent(input, B.repeat),
  handle(input) {
    const turn = Turn.of(input);
    const last = turn.lastAsked;
    if (last) return turn.ask(last.speech, last.reprompt).getResponse();
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(turn.speech('core.nothingToRepeat'), turn.speech('support.askTopicReprompt')).getResponse();
  },
};

/** "Agent", "a person", "representative" at any turn: straight to the team that owns the problem. */
const talkToAgent: RequestHandler = {
  canHandle: (input) => isIntent(input, SUPPORT_INTENTS.talkToAgent),
  handle(input) {
    const turn = Turn.of(input);
    const { state } = turn;
    const t = turn.speech;
    const handoff = knownHandoff(state);
    if (handoff) return handOff(turn, handoff);
    // The answer names the team; the customer asked for a person, so it leads to the offer, not to self-help.
    state.pending = { id: 'support.agentTopic' };
    return turn.ask(t('support.agentOptions'), t('support.agentOptionsReprompt')).getResponse();
  },
};

/**
 * Words that fit no intent, and intents no handler above took (a yes with nothing asked, say): a miss of the
 * question waiting when there is one, otherwise the choices the desk offers.
 */
const fallback: RequestHandler = {
  canHandle: (input) => isRequest(input, 'IntentRequest'),
  handle(input) {
    const turn = Turn.of(input);
    const t = turn.speech;
    if (turn.state.pending) return missed(turn);
    if (isIntent(input, B.yes, B.no)) return turn.ask(t('core.unexpectedYesNo'), t('support.askTopicReprompt')).getResponse();
    turn.state.pending = { id: 'support.topic' };
    return turn.ask(t('core.fallback'), t('core.fallbackReprompt')).getResponse();
  },
};

/** The session ended (the customer left, said nothing, or an error): nothing may be spoken. */
const sessionEnded: RequestHandler = {
  canHandle: (input) => isRequest(input, 'SessionEndedRequest'),
  handle(input) {
    const request = getRequest<SessionEndedRequest>(input.requestEnvelope);
    Turn.of(input).deps.log.info('session ended', { reason: request.reason, errorType: request.error?.type });
    return input.responseBuilder.getResponse();
  },
};

/** Built-ins that must come after every area's own handlers (fallback takes any intent left). */
export const builtInHandlers: RequestHandler[] = [help, goodbye, startOver, repeat, talkToAgent, sessionEnded, fallback];

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
