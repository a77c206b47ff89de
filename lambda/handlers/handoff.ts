import type { Response } from 'ask-sdk-model';
import type { Turn } from '../conversation/turn';
import type { Handoff } from '../domain/handoff';
import { noteOutcome } from '../observability/outcome';

/**
 * Where every area hands a customer to a person: the team, and everything learned so far, are kept
 * in the session so the chat or callback that follows carries them and the customer repeats nothing.
 */
export function handOff(turn: Turn, handoff: Handoff): Promise<Response> | Response {
  const t = turn.speech;
  turn.state.handoff = handoff;
  noteOutcome(turn, { kind: 'HANDOFF', team: handoff.team });
  turn.state.pending = { id: 'support.anythingElse' };
  return turn.ask(t('support.deviceTeamOnly', { team: t(`support.teams.${handoff.team}`) }), t('support.anythingElseReprompt')).getResponse();
}
