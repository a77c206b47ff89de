import type { Response } from 'ask-sdk-model';
import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import type { Handoff } from '../../domain/handoff';
import { route, type Routing } from '../../domain/routing/router';
import { planSlots } from '../../domain/routing/schedule';
import type { Channel } from '../../domain/support/channel';
import { requestCallback } from './booking';
import { startChat } from './chat';
import { freeSlots, openCallbacks, spokenSlot, teamName, teamNow, waitPhrase, type TeamNow } from './context';

/** The router's decision for this customer now: the team's hours and wait, and whether they came before. */
export async function decide(turn: Turn, handoff: Handoff, preference?: Channel): Promise<{ routing: Routing; now: TeamNow }> {
  const [now, repeatContact] = await Promise.all([teamNow(turn, handoff.team), isRepeatContact(turn)]);
  const routing = route({ handoff, preference, teamOpenNow: now.openNow, chatWaitMinutes: now.waitMinutes, repeatContact });
  return { routing, now };
}

/** Whether the customer already has an open callback with the desk. */
export async function isRepeatContact(turn: Turn): Promise<boolean> {
  try {
    return (await openCallbacks(turn)).length > 0;
  } catch {
    // Not knowing only lowers the priority; the offer still stands.
    return false;
  }
}

/**
 * The offer made when a customer is handed to a team: the recommended channel first, with the next free
 * callback time and the chat wait, then "which would you like?".
 */
export async function offerChannels(turn: Turn, handoff: Handoff, lead?: string): Promise<Response> {
  const t = turn.speech;
  turn.state.handoff = handoff;
  delete turn.state.routing;
  if (lead) turn.leadWith(lead);
  // The customer already said how (and when): no offer, straight to it.
  const { wish } = turn.state;
  if (wish?.channel === 'CHAT') return startChat(turn);
  if (wish?.channel === 'CALLBACK') return requestCallback(turn, wish.when ?? {});
  const { routing, now } = await decide(turn, handoff);
  let next: Date | undefined;
  try {
    [next] = await freeSlots(turn, handoff.team, planSlots({ kind: 'ASAP' }, now.settings, turn.deps.clock.now(), await deviceTimeZone(turn)), 1);
  } catch {
    next = undefined;
  }
  const params = { team: teamName(turn, handoff.team), wait: await waitPhrase(turn, now), ...(next ? { slot: await spokenSlot(turn, next) } : {}) };
  const key = routing.channel === 'CALLBACK' ? (next ? 'routing.offer.callbackFirst' : 'routing.offer.callbackFirstNoSlot') : next ? 'routing.offer.chatFirst' : 'routing.offer.chatFirstNoSlot';
  turn.state.pending = { id: 'routing.channel', data: { recommended: routing.channel } };
  return turn.ask(t(key, params), t('routing.offer.reprompt')).getResponse();
}
