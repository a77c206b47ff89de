import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import { firstFreeSlots } from '../../domain/routing/free-slots';
import { nextOpening, isOpenAt, estimatedWaitMinutes, type SlotPlan } from '../../domain/routing/schedule';
import { teamSettings, type TeamSettings } from '../../domain/routing/teams';
import type { Team } from '../../domain/support/channel';
import { BookingOutcomeUnknownError, StoreUnavailableError } from '../../ports/contact-store';
import { Ssml, digits } from '../../speech/ssml';
import { spokenDay, spokenTime } from '../../speech/when';
import { TimeoutError, withTimeout } from '../../util/timeout';

/** The reply must leave this soon after the request arrived (Alexa gives up at 8 seconds). */
const REPLY_WITHIN_MS = 6000;
/** Beyond its budget, a store that has not answered is given up on. */
const OVERRUN_GRACE_MS = 250;

/** A store call bounded like every backend call; a timeout counts as the store being unavailable. */
export function store<T>(turn: Turn, what: string, work: () => Promise<T>): Promise<T> {
  return bounded(turn, what, work(), turn.deps.backendTimeoutMs);
}

/**
 * A write whose result the customer hears (a booking, a chat). The store gets what is left of the turn,
 * at most two backend timeouts, to give a certain answer, including finding out what became of a write that
 * got no answer; when it cannot, or overruns, the outcome is BookingOutcomeUnknownError, never "not stored".
 */
export function settledWrite<T>(turn: Turn, what: string, work: (budgetMs: number) => Promise<T>): Promise<T> {
  const budgetMs = Math.max(0, Math.min(2 * turn.deps.backendTimeoutMs, REPLY_WITHIN_MS - turn.elapsedMs()));
  return bounded(turn, what, work(budgetMs), budgetMs + OVERRUN_GRACE_MS, new BookingOutcomeUnknownError(`${what} overran its budget`));
}

async function bounded<T>(turn: Turn, what: string, work: Promise<T>, ms: number, onTimeout?: Error): Promise<T> {
  try {
    return await withTimeout(work, ms, what);
  } catch (error) {
    turn.deps.log.warn('contact store failed', { what, error: (error as Error).name });
    if (error instanceof BookingOutcomeUnknownError || error instanceof StoreUnavailableError) throw error;
    throw error instanceof TimeoutError && onTimeout ? onTimeout : new StoreUnavailableError(what);
  }
}

/** A moment as the customer hears it, in their own time zone: "tomorrow at 8 AM". */
export async function spokenSlot(turn: Turn, at: Date | string): Promise<Ssml> {
  const when = typeof at === 'string' ? new Date(at) : at;
  const timeZone = await deviceTimeZone(turn);
  const day = spokenDay(when, turn.deps.clock.now(), timeZone, turn.speech);
  return new Ssml(turn.speech('routing.slotTime', { day, time: spokenTime(when, timeZone, turn.speech.locale) }));
}

/** "the number ending in 0 1 4 2": never more of a number than its last four digits. */
export function maskedNumber(turn: Turn, last4: string): Ssml {
  return new Ssml(turn.speech('routing.phone.masked', { digits: digits(last4) }));
}

export function teamName(turn: Turn, team: Team): string {
  return turn.speech(`routing.teamName.${team}`);
}

/** How a team stands right now: open or not, and the wait computed from its queue. */
export interface TeamNow {
  settings: TeamSettings;
  openNow: boolean;
  /** When it opens next, if closed. */
  opensAt?: Date;
  /** Undefined when the queue could not be read. */
  waitMinutes?: number;
}

export async function teamNow(turn: Turn, team: Team): Promise<TeamNow> {
  const settings = teamSettings(team);
  const now = turn.deps.clock.now();
  const openNow = isOpenAt(settings, now);
  let waitMinutes: number | undefined;
  try {
    const queue = await store(turn, 'queue', () => turn.deps.contacts.queue(team));
    // Ahead of a new chat: the open chats, and the callbacks already due; later callbacks wait their turn.
    const ahead = queue.filter((c) => c.kind === 'CHAT' || Date.parse(c.scheduledFor) <= now.getTime());
    waitMinutes = estimatedWaitMinutes(ahead.length, settings);
  } catch {
    waitMinutes = undefined;
  }
  return { settings, openNow, opensAt: openNow ? undefined : nextOpening(settings, now), waitMinutes };
}

/**
 * "the wait is about 10 minutes", "the team is closed now and opens tomorrow at 8 AM"; `words` picks the
 * spoken phrasing or the chat card's shorter one.
 */
export async function waitPhrase(turn: Turn, now: TeamNow, words: 'routing.wait' | 'routing.chat.cardWait' = 'routing.wait'): Promise<Ssml> {
  const t = turn.speech;
  if (!now.openNow && now.opensAt) return new Ssml(t(`${words}.closed`, { opens: await spokenSlot(turn, now.opensAt) }));
  if (now.waitMinutes === undefined) return new Ssml(t(`${words}.unknown`));
  if (now.waitMinutes === 0) return new Ssml(t(`${words}.none`));
  if (now.waitMinutes === 1) return new Ssml(t(`${words}.oneMinute`));
  return new Ssml(t(`${words}.minutes`, { minutes: now.waitMinutes }));
}

/**
 * The first `count` candidate slots that still have room, in the plan's order. Throws
 * StoreUnavailableError when the store cannot say.
 */
export function freeSlots(turn: Turn, team: Team, plan: SlotPlan, count: number, skip: string[] = []): Promise<Date[]> {
  const candidates = plan.candidates.filter((s) => !skip.includes(s.toISOString()));
  return firstFreeSlots(candidates, teamSettings(team).callbackCapacityPerSlot, count, (batch) =>
    store(turn, 'slot capacity', () => Promise.all(batch.map((s) => turn.deps.contacts.bookedInSlot(team, s.toISOString())))),
  );
}
