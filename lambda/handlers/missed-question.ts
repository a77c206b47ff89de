import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { pendingRoute } from '../conversation/question-route';
import { QUESTIONS } from '../conversation/questions';
import { Turn } from '../conversation/turn';
import { handOff, knownHandoff } from './handoff';

/**
 * A question missed: asked once more in the same words, and after a second miss in a row never again. What
 * follows is the question's own way out: a person who gets what was learned so far, moving on with nothing
 * changed, or how to come back.
 */
export async function missed(turn: Turn): Promise<Response> {
  const { state } = turn;
  const t = turn.speech;
  const question = state.pending!.id;
  const count = state.misses?.id === question ? state.misses.count + 1 : 1;
  turn.noteMiss(question, count);
  if (count < 2) {
    const reprompt = turn.lastAsked?.reprompt ?? t('core.fallbackReprompt');
    return turn.ask(`${t('core.fallbackPrefix')} ${reprompt}`, reprompt).getResponse();
  }
  switch (QUESTIONS[question].afterTwoMisses) {
    case 'OFFER_PERSON': {
      const handoff = knownHandoff(state);
      if (handoff) return handOff(turn, handoff, t('core.missed.toPerson'));
      if (question === 'support.agentTopic') return turn.tell(t('core.missed.end')).getResponse();
      state.pending = { id: 'support.agentTopic' };
      return turn.ask(t('core.missed.whichTeam'), t('core.missed.whichTeamReprompt')).getResponse();
    }
    case 'MOVE_ON':
      return turn.askAnythingElse(`${t('core.missed.movedOn')} ${t('support.anythingElse')}`).getResponse();
    case 'END':
      return turn.tell(t('core.missed.end')).getResponse();
  }
}

/** Words that answer nothing the waiting question accepts (and ask for nothing new): a miss, unless the area rephrases its own. */
export const missedQuestion: RequestHandler = {
  canHandle(input) {
    const asked = pendingRoute(input);
    return asked?.route === 'MISS' && QUESTIONS[asked.question].onMiss === 'REASK';
  },
  handle: (input) => missed(Turn.of(input)),
};
