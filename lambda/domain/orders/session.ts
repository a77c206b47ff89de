import * as z from 'zod';
import { ORDER_STATUSES, type Order } from '../model';

/** What the orders conversation keeps between turns. */
export const OrdersStateSchema = z.object({
  /** Orders found but not yet read out, most relevant first, for "hear more". */
  unread: z.array(z.string()).optional(),
  /** The order last spoken about, so "cancel that order" knows which and a person asked for is handed it. */
  focus: z.object({ orderId: z.string(), item: z.string(), status: z.enum(ORDER_STATUSES) }).optional(),
  /** Orders whose device the customer chose to troubleshoot: asked again, a replacement comes straight away. */
  troubleshot: z.array(z.string()).optional(),
});
export type OrdersState = z.infer<typeof OrdersStateSchema>;

/** What the session keeps of the order last spoken about. */
export const focusOn = (order: Order): NonNullable<OrdersState['focus']> => ({ orderId: order.orderId, item: order.item, status: order.status });
