import type { Response } from 'ask-sdk-model';
import { pendingRoute } from '../conversation/question-route';
import { QUESTIONS } from '../conversation/questions';
import type { Turn } from '../conversation/turn';
import { handOff, knownHandoff } from './handoff';
import { turnHandler } from './turn-handler';

/**
 * A question missed: asked once more (in the same words, or in the area's own when `reask` is given), and
 * after a second miss in a row never again. What follows is the question's own way out: a person who gets
 * what was learned so far, moving on with nothing changed, or how to come back.
 */
export async function missed(turn: Turn, reask?: () => Response | Promise<Response>): Promise<Response> {
  const { state } = turn;
  const t = turn.speech;
  const question = state.pending!.id;
  const count = state.misses?.id === question ? state.misses.count + 1 : 1;
  if (count < 2 && reask) {
    const response = await reask();
    // The area may ask it as another question ("which device?" as "a device, or an order?"): the count goes with it.
    turn.noteMiss(state.pending?.id ?? question, count);
    return response;
  }
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

/**
 * An answer whose words the area cannot use (a device it does not look after, a time it cannot read, an
 * order that matches none): with a question waiting, a miss of it, so it is not asked a third time.
 */
export function unusableAnswer(turn: Turn, reask: () => Response | Promise<Response>): Promise<Response> | Response {
  return turn.state.pending ? missed(turn, reask) : reask();
}

/** Words that answer nothing the waiting question accepts (and ask for nothing new): a miss, unless the area rephrases its own. */
export const missedQuestion = turnHandler({
  canHandle(_turn, input) {
    const asked = pendingRoute(input);
    return asked?.route === 'MISS' && QUESTIONS[asked.question].onMiss === 'REASK';
  },
  handle: (turn) => missed(turn),
});
