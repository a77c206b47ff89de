/** The current time, injectable so demo data and tests read right on any day. */
export interface Clock {
  now(): Date;
}
