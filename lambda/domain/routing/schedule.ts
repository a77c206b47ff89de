import type { TeamSettings } from './teams';
import { addDays, clockMinutes, instantAt, wallTime } from './zoned-time';

/** Callbacks are booked into half-hour slots of the team's own clock. */
export const SLOT_MINUTES = 30;
/** A callback is never booked sooner than this, so the team has time to read the context. */
export const CALLBACK_LEAD_MINUTES = 15;
/** How far ahead a callback can be booked. */
export const BOOKING_HORIZON_DAYS = 14;
/** Slots the desk suggests by itself fall in the customer's day (8 AM to 9 PM their time), not the team's. */
export const CUSTOMER_DAY = { from: 8 * 60, to: 21 * 60 } as const;

const MINUTE = 60_000;

/** True when the team is open at `at`. */
export function isOpenAt(settings: TeamSettings, at: Date): boolean {
  const local = wallTime(at, settings.timeZone);
  const hours = settings.hours[local.weekday];
  return hours !== undefined && local.minutes >= clockMinutes(hours.open) && local.minutes < clockMinutes(hours.close);
}

/** Every slot start in the team's hours from `from` (inclusive) to `until` (exclusive), in time order. */
export function slotStarts(settings: TeamSettings, from: Date, until: Date): Date[] {
  const { timeZone } = settings;
  const slots: Date[] = [];
  const last = wallTime(until, timeZone).date;
  for (let day = wallTime(from, timeZone).date; day <= last; day = addDays(day, 1)) {
    const hours = settings.hours[wallTime(instantAt(day, 12 * 60, timeZone), timeZone).weekday];
    if (!hours) continue;
    for (let m = clockMinutes(hours.open); m < clockMinutes(hours.close); m += SLOT_MINUTES) {
      const start = instantAt(day, m, timeZone);
      // A slot whose wall time was skipped by a daylight-saving change does not exist that day.
      if (wallTime(start, timeZone).minutes !== m) continue;
      if (start >= from && start < until) slots.push(start);
    }
  }
  return slots;
}

/** When the team next opens (or `at` itself when it is open then). */
export function nextOpening(settings: TeamSettings, at: Date): Date | undefined {
  if (isOpenAt(settings, at)) return at;
  return slotStarts(settings, at, new Date(at.getTime() + 8 * 86_400_000))[0];
}

/** The time a customer asked for: as soon as possible, a moment, or a window (a day, "this evening"). */
export type CallbackWish = { kind: 'ASAP' } | { kind: 'AT'; at: Date } | { kind: 'WINDOW'; from: Date; to: Date };

/** The slots to try for a wish, best first, and which of them give the customer what they asked for. */
export interface SlotPlan {
  candidates: Date[];
  fits(slot: Date): boolean;
  /** False when the team is closed for the whole time asked for (the customer hears why). */
  teamOpenThen: boolean;
}

/**
 * Plans a callback: the team's slots from `now` + the lead time, ordered by closeness to the wish.
 * Capacity is the store's to say; the caller takes the first candidates that still have room.
 */
export function planSlots(wish: CallbackWish, settings: TeamSettings, now: Date, customerTimeZone: string): SlotPlan {
  const earliest = new Date(now.getTime() + CALLBACK_LEAD_MINUTES * MINUTE);
  const all = slotStarts(settings, earliest, new Date(now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000));
  // A time the customer names is theirs to choose; the ones suggested for them are in their waking hours.
  const suggestible = all.filter((s) => {
    const { minutes } = wallTime(s, customerTimeZone);
    return minutes >= CUSTOMER_DAY.from && minutes < CUSTOMER_DAY.to;
  });
  const closestTo = (target: number) => (a: Date, b: Date) =>
    Math.abs(a.getTime() - target) - Math.abs(b.getTime() - target) || a.getTime() - b.getTime();
  switch (wish.kind) {
    case 'ASAP':
      return { candidates: suggestible, fits: () => true, teamOpenThen: true };
    case 'AT': {
      const at = wish.at.getTime();
      const exact = all.find((s) => s.getTime() <= at && at < s.getTime() + SLOT_MINUTES * MINUTE);
      return {
        candidates: [...(exact ? [exact] : []), ...suggestible.filter((s) => s !== exact).sort(closestTo(at))],
        fits: (slot) => exact !== undefined && slot.getTime() === exact.getTime(),
        teamOpenThen: exact !== undefined,
      };
    }
    case 'WINDOW': {
      const inWindow = (s: Date) => s >= wish.from && s < wish.to;
      const within = all.filter(inWindow);
      const rest = suggestible.filter((s) => !inWindow(s)).sort(closestTo(wish.from.getTime()));
      return { candidates: [...within, ...rest], fits: inWindow, teamOpenThen: within.length > 0 };
    }
  }
}

/** The estimated wait for a contact now: the queue ahead shared among the agents on shift. */
export function estimatedWaitMinutes(queueLength: number, settings: TeamSettings): number {
  return Math.ceil((queueLength * settings.averageHandlingMinutes) / settings.agentsOnShift);
}
