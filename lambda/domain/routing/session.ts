import * as z from 'zod/mini';
import { CHANNELS } from '../support/channel';
import { SPOKEN_WHEN_LIMITS } from './wish';

/**
 * What the routing conversation holds between turns. A spoken phone number is kept only until the
 * callback is booked; a profile number is never kept (it is fetched again to book), only its last digits.
 */
export const RoutingStateSchema = z.object({
  /** The callback slot agreed or proposed, an ISO instant. */
  slot: z.optional(z.iso.datetime()),
  phone: z.optional(
    z.object({
      source: z.enum(['PROFILE', 'SPOKEN']),
      last4: z.string().check(z.regex(/^\d{4}$/)),
      countryCode: z.optional(z.string()),
      digits: z.optional(z.string().check(z.regex(/^\d{7,15}$/))),
    }),
  ),
  /** The callback being worked on after booking (reminder) or by "move"/"cancel". */
  callbackId: z.optional(z.string()),
  /** A move waiting for a time. */
  moving: z.optional(z.boolean()),
});
export type RoutingState = z.infer<typeof RoutingStateSchema>;

/**
 * A chat or a callback the customer asked for before the desk knew which team: honoured as soon as it does,
 * with the time they said, so they are never asked "chat or callback?" again.
 */
export const WishSchema = z.object({
  channel: z.enum(CHANNELS),
  when: z.optional(
    z.object({
      date: z.optional(z.string().check(z.maxLength(SPOKEN_WHEN_LIMITS.date))),
      time: z.optional(z.string().check(z.maxLength(SPOKEN_WHEN_LIMITS.time))),
      asap: z.optional(z.boolean()),
    }),
  ),
});
export type Wish = z.infer<typeof WishSchema>;
