import * as z from 'zod';
import { CHANNELS } from '../support/channel';

/**
 * What the routing conversation holds between turns. A spoken phone number is kept only until the
 * callback is booked; a profile number is never kept (it is fetched again to book), only its last digits.
 */
export const RoutingStateSchema = z.object({
  /** The callback slot agreed or proposed, an ISO instant. */
  slot: z.iso.datetime().optional(),
  phone: z
    .object({
      source: z.enum(['PROFILE', 'SPOKEN']),
      last4: z.string().regex(/^\d{4}$/),
      countryCode: z.string().optional(),
      digits: z.string().regex(/^\d{7,15}$/).optional(),
    })
    .optional(),
  /** The callback being worked on after booking (reminder) or by "move"/"cancel". */
  callbackId: z.string().optional(),
  /** A move waiting for a time. */
  moving: z.boolean().optional(),
});
export type RoutingState = z.infer<typeof RoutingStateSchema>;

/**
 * A chat or a callback the customer asked for before the desk knew which team: honoured as soon as it does,
 * with the time they said, so they are never asked "chat or callback?" again.
 */
export const WishSchema = z.object({
  channel: z.enum(CHANNELS),
  when: z.object({ date: z.string().max(40).optional(), time: z.string().max(20).optional(), asap: z.boolean().optional() }).optional(),
});
export type Wish = z.infer<typeof WishSchema>;
