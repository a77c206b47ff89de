/** The current time, injectable so demo data and tests read right on any day. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `at` until moved. */
export function fixedClock(at: Date): Clock & { set(to: Date): void } {
  let current = new Date(at);
  return { now: () => new Date(current), set: (to) => (current = new Date(to)) };
}
