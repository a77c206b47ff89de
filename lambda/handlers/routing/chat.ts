import { randomUUID } from 'node:crypto';
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../conversation/turn';
import type { ChatRequest } from '../../domain/contacts/contact';
import { plainText } from '../../speech/ssml';
import { dropDiagnosis, knownHandoff } from '../handoff';
import { askForTeam } from './booking';
import { settledWrite, teamName, waitPhrase, whatTheTeamHas } from './context';
import { decide } from './offer';

/** Where customers join a chat; the id is the chat request's. */
export const CHAT_LINK_BASE = 'https://chat.devicehelpdesk.example.com/c/';

/**
 * "Chat": a chat request with everything learned goes to the team's queue, and the link with the wait
 * goes to the Alexa app as a card (cards are plain text, so the link is written out).
 */
export async function startChat(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const known = knownHandoff(turn.state);
  if (!known) return askForTeam(turn, { channel: 'CHAT' });
  const handoff = { ...known, asked: { ...known.asked, channel: 'CHAT' as const } };
  turn.state.handoff = handoff;
  delete turn.state.wish;
  const { routing, now } = await decide(turn, handoff, 'CHAT');
  const id = randomUUID();
  const at = turn.deps.clock.now().toISOString();
  const chat: ChatRequest = {
    kind: 'CHAT',
    id,
    team: handoff.team,
    userId: turn.userId,
    createdAt: at,
    updatedAt: at,
    status: 'PENDING',
    handoff,
    priority: routing.priority,
    link: `${CHAT_LINK_BASE}${id}`,
  };
  let created: ChatRequest;
  try {
    const requestId = turn.input.requestEnvelope.request.requestId;
    created = await settledWrite(turn, 'create chat', (budgetMs) => turn.deps.contacts.createChat(chat, { requestId, budgetMs }));
  } catch {
    turn.state.pending = { id: 'routing.callbackInstead' };
    return turn.ask(t('routing.chat.unavailable'), t('routing.chat.unavailableReprompt')).getResponse();
  }
  turn.deps.log.info('chat requested', { team: handoff.team, priority: routing.priority });
  await dropDiagnosis(turn);
  const team = teamName(turn, handoff.team);
  // Card text is plain: the markup goes, the line breaks stay.
  const body = t('routing.chat.cardBody', { team, link: created.link, wait: await waitPhrase(turn, now, 'routing.chat.cardWait') }).split('\n').map(plainText).join('\n');
  return turn
    .tell(t('routing.chat.sent', { team, wait: await waitPhrase(turn, now), carried: await whatTheTeamHas(turn, created.handoff) }))
    .withSimpleCard(plainText(t('routing.chat.cardTitle', { team })), body)
    .getResponse();
}
