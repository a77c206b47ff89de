import type { Response } from 'ask-sdk-model';
import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import { planSlots, type CallbackWish } from '../../domain/routing/schedule';
import { teamSettings } from '../../domain/routing/teams';
import type { Team } from '../../domain/support/channel';
import { Ssml } from '../../speech/ssml';
import { spokenTime } from '../../speech/when';
import { wallTime } from '../../domain/routing/zoned-time';
import { freeSlots, spokenSlot, teamName } from './context';

/** Where a search for a callback time ended: the store could not say, a time that fits the wish, or a question already asked. */
export type SlotFound = { kind: 'UNAVAILABLE' } | { kind: 'FITS'; slot: Date } | { kind: 'ASKED'; response: Response };

/**
 * Finds the free slot nearest the wish and keeps it in the session. When it is not what the customer asked
 * for, the nearest free times are offered with the reason, as the question `alternativesId` (whose yes takes
 * the first); with none free, a chat is offered instead.
 */
export async function nearestSlot(turn: Turn, team: Team, wish: CallbackWish, skip: string[], alternativesId: 'routing.alternative' | 'routing.confirmMove'): Promise<SlotFound> {
  const t = turn.speech;
  const plan = planSlots(wish, teamSettings(team), turn.deps.clock.now(), await deviceTimeZone(turn));
  let free: Date[];
  try {
    free = await freeSlots(turn, team, plan, 2, skip);
  } catch {
    return { kind: 'UNAVAILABLE' };
  }
  if (free.length === 0) {
    turn.state.pending = { id: 'routing.chatInstead' };
    return { kind: 'ASKED', response: turn.ask(t('routing.time.noSlots', { team: teamName(turn, team) }), t('routing.time.noSlotsReprompt')).getResponse() };
  }
  const [first, second] = free;
  (turn.state.routing ??= {}).slot = first.toISOString();
  if (plan.fits(first)) return { kind: 'FITS', slot: first };

  const reason = plan.teamOpenThen ? t('routing.time.fullThen') : t('routing.time.closedThen', { team: teamName(turn, team) });
  const firstSpoken = await spokenSlot(turn, first);
  const params = { reason: new Ssml(reason), first: firstSpoken, ...(second ? { second: await secondSlotWords(turn, first, second) } : {}) };
  turn.state.pending = { id: alternativesId };
  const response = turn
    .ask(t(second ? 'routing.time.alternatives' : 'routing.time.alternative', params), t('routing.time.alternativeReprompt', { first: firstSpoken }))
    .getResponse();
  return { kind: 'ASKED', response };
}

/** The second time offered: its day is said only when it differs from the first's ("tomorrow at 7:30 PM and 7 PM"). */
async function secondSlotWords(turn: Turn, first: Date, second: Date): Promise<Ssml | string> {
  const timeZone = await deviceTimeZone(turn);
  if (wallTime(first, timeZone).date !== wallTime(second, timeZone).date) return spokenSlot(turn, second);
  return spokenTime(second, timeZone, turn.speech.locale);
}
