import type { Response } from 'ask-sdk-model';
import type { Turn } from '../conversation/turn';
import type { Team } from '../domain/support/channel';

/** Tells the customer which team owns their problem and how to reach it. */
export function offerTeam(turn: Turn, team: Team): Response {
  const t = turn.speech;
  turn.state.pending = { id: 'support.anythingElse' };
  return turn.ask(t('support.deviceTeamOnly', { team: t(`support.teams.${team}`) }), t('support.anythingElseReprompt')).getResponse();
}
