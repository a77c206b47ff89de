import type { Clock } from '../ports/clock';

/** The machine's own clock. */
export const systemClock: Clock = { now: () => new Date() };
