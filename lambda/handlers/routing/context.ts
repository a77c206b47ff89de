import { deviceTimeZone } from '../../alexa/services';
import type { Turn } from '../../conversation/turn';
import type { Handoff } from '../../domain/handoff';
import { ownName } from '../../domain/diagnosis/device';
import { firstFreeSlots } from '../../domain/routing/free-slots';
import { nextOpening, isOpenAt, estimatedWaitMinutes, type SlotPlan } from '../../domain/routing/schedule';
import { teamSettings, type TeamSettings } from '../../domain/routing/teams';
import type { Team } from '../../domain/support/channel';
import type { CallbackRequest } from '../../domain/contacts/contact';
import { BookingOutcomeUnknownError, StoreUnavailableError } from '../../ports/contact-store';
import type { LiveTeamStatus } from '../../ports/team-status';
import { Ssml, digits, spokenList, text } from '../../speech/ssml';
import { spokenDay, spokenTime } from '../../speech/when';
import { TimeoutError, withTimeout } from '../../util/timeout';

/** The reply must leave this soon after the request arrived (Alexa gives up at 8 seconds). */
const REPLY_WITHIN_MS = 6000;
/** Beyond its budget, a store that has not answered is given up on. */
const OVERRUN_GRACE_MS = 250;

/** A store call bounded like every backend call; a timeout counts as the store being unavailable. */
export function store<T>(turn: Turn, what: string, work: () => Promise<T>): Promise<T> {
  return bounded(turn, what, work(), turn.deps.contactTimeoutMs ?? turn.deps.backendTimeoutMs);
}

/** The customer's open callbacks, read once per turn however many steps ask (an offer, a booking, a change). */
export function openCallbacks(turn: Turn): Promise<CallbackRequest[]> {
  return turn.memo('openCallbacks', () => store(turn, 'open callbacks', () => turn.deps.contacts.openCallbacks(turn.userId)));
}

/**
 * A write whose result the customer hears (a booking, a chat). The store gets what is left of the turn,
 * at most two backend timeouts, to give a certain answer, including finding out what became of a write that
 * got no answer; when it cannot, or overruns, the outcome is BookingOutcomeUnknownError, never "not stored".
 */
export function settledWrite<T>(turn: Turn, what: string, work: (budgetMs: number) => Promise<T>): Promise<T> {
  const budgetMs = Math.max(0, Math.min(2 * (turn.deps.contactTimeoutMs ?? turn.deps.backendTimeoutMs), REPLY_WITHIN_MS - turn.elapsedMs()));
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

/**
 * What the team is handed, said to the customer: "They'll already have the details of your Kitchen Echo Dot,
 * the problem and the 2 steps we tried", never more than the handoff holds, or that they have no details yet.
 * A device the account does not list by name ("my echo" with two Echos) gives the team no details to claim.
 */
export async function whatTheTeamHas(turn: Turn, handoff: Handoff): Promise<Ssml> {
  const t = turn.speech;
  const { device, problem, order, asked } = handoff;
  const steps = handoff.stepsTried.length;
  const parts = [
    device?.name && t('routing.carried.device', { device: await yourDevice(turn, device.name) }),
    problem && t('routing.carried.problem'),
    steps > 0 && t(steps === 1 ? 'routing.carried.stepsOne' : 'routing.carried.steps', { count: steps }),
    order && t('routing.carried.order', { item: order.item }),
    !problem && asked?.words && t('routing.carried.words'),
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return new Ssml(t('routing.carried.none'));
  return new Ssml(t('routing.carried.some', { what: spokenList(parts.map((part) => new Ssml(part)), t('core.and')) }));
}

/** "your Kitchen Echo Dot", "your Kindle" to Alex for "Alex's Kindle", "Sam's Kindle" (someone else's) as it is. */
async function yourDevice(turn: Turn, name: string): Promise<Ssml> {
  const link = await turn.accountLink();
  const own = ownName(name, link.status === 'LINKED' ? link.account.firstName : undefined);
  return own ? new Ssml(turn.speech('routing.carried.yourDevice', { name: own })) : text(name);
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
  const live = await liveStatus(turn, team);
  const settings = teamSettings(team);
  // The contact centre's hours, when it gave them, decide open and closed; its queue, the wait.
  const hours = live.hours ? { ...settings, ...live.hours } : settings;
  const now = turn.deps.clock.now();
  const openNow = isOpenAt(hours, now);
  const waitMinutes = live.contactsAhead === undefined ? await queueWait(turn, team, settings, now) : estimatedWaitMinutes(live.contactsAhead, settings);
  return { settings, openNow, opensAt: openNow ? undefined : nextOpening(hours, now), waitMinutes };
}

/** What the contact centre says of the team (nothing when there is none, or it fails). */
async function liveStatus(turn: Turn, team: Team): Promise<LiveTeamStatus> {
  const source = turn.deps.teamStatus;
  if (!source) return {};
  try {
    return await withTimeout(source.status(team), turn.deps.backendTimeoutMs, 'team status');
  } catch {
    return {};
  }
}

/** The wait from the desk's own queue; undefined when it cannot be read. */
async function queueWait(turn: Turn, team: Team, settings: TeamSettings, now: Date): Promise<number | undefined> {
  try {
    const queue = await store(turn, 'queue', () => turn.deps.contacts.queue(team));
    // Ahead of a new chat: the open chats, and the callbacks already due; later callbacks wait their turn.
    const ahead = queue.filter((c) => c.kind === 'CHAT' || Date.parse(c.scheduledFor) <= now.getTime());
    return estimatedWaitMinutes(ahead.length, settings);
  } catch {
    return undefined;
  }
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
