import * as z from 'zod/mini';
import { ORDER_STATUSES, type Order } from '../model';

/** What the orders conversation keeps between turns. */
export const OrdersStateSchema = z.object({
  /** Orders found but not yet read out, most relevant first, for "hear more". */
  unread: z.optional(z.array(z.string())),
  /** The order last spoken about, so "cancel that order" knows which and a person asked for is handed it. */
  focus: z.optional(z.object({ orderId: z.string(), item: z.string(), status: z.enum(ORDER_STATUSES) })),
  /** Orders whose device the customer chose to troubleshoot: asked again, a replacement comes straight away. */
  troubleshot: z.optional(z.array(z.string())),
});
export type OrdersState = z.infer<typeof OrdersStateSchema>;

/** What the session keeps of the order last spoken about. */
export const focusOn = (order: Order): NonNullable<OrdersState['focus']> => ({ orderId: order.orderId, item: order.item, status: order.status });
