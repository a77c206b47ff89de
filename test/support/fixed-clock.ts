import type { Clock } from '../../lambda/ports/clock';

/** A clock that stands still at `at` until moved. */
export function fixedClock(at: Date): Clock & { set(to: Date): void } {
  let current = new Date(at);
  return { now: () => new Date(current), set: (to) => (current = new Date(to)) };
}
