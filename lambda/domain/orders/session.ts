import * as z from 'zod';

/** What the orders conversation keeps between turns. */
export const OrdersStateSchema = z.object({
  /** Orders found but not yet read out, most relevant first, for "hear more". */
  unread: z.array(z.string()).optional(),
  /** The order last spoken about, so "cancel that order" knows which. */
  focus: z.string().optional(),
  /** Orders whose device the customer chose to troubleshoot: asked again, a replacement comes straight away. */
  troubleshot: z.array(z.string()).optional(),
});
export type OrdersState = z.infer<typeof OrdersStateSchema>;
