import * as z from 'zod';
import { TEAMS } from '../../domain/support/channel';
import type { Log } from '../../observability/log';
import type { ContactStore } from '../../ports/contact-store';
import { isOpenCallback } from '../../domain/contacts/lifecycle';
import { clientToken } from './calls';
import type { ConnectCallbacks, HandOverEvent } from './connect-callbacks';

/** What a schedule sends; anything else is refused before the store is read. */
export const HandOverEventSchema: z.ZodType<HandOverEvent> = z.object({
  callbackId: z.string().min(1),
  team: z.enum(TEAMS),
  scheduledFor: z.iso.datetime(),
});

export type HandOverResult = 'STARTED' | 'NOT_NEEDED';

/**
 * A schedule fired: the callback is now within Connect's window, so its task starts. A callback cancelled,
 * finished or moved since (a move makes a schedule of its own) needs nothing. Scheduler delivers at least
 * once and retries failures; the client token from the callback and its time makes every delivery one task.
 */
export async function handOverCallback(
  event: HandOverEvent,
  deps: { contacts: ContactStore; callbacks: ConnectCallbacks; timeoutMs: number; log: Log },
): Promise<HandOverResult> {
  const callback = await deps.contacts.get(event.team, event.callbackId);
  if (!isOpenCallback(callback) || callback.scheduledFor !== event.scheduledFor) {
    deps.log.info('callback hand-over not needed', { callbackId: event.callbackId, status: callback?.status ?? 'MISSING' });
    return 'NOT_NEEDED';
  }
  await deps.callbacks.startTask(callback, clientToken('hand-over', callback.id, callback.scheduledFor), { timeoutMs: deps.timeoutMs, deadline: Date.now() + 3 * deps.timeoutMs });
  deps.log.info('callback handed to Connect', { callbackId: callback.id, team: callback.team });
  return 'STARTED';
}
