import { GetContactAttributesCommand, type GetContactAttributesResponse } from '@aws-sdk/client-connect';
import * as z from 'zod';
import { TEAMS } from '../../domain/support/channel';
import type { Log } from '../../observability/log';
import type { Clock } from '../../ports/clock';
import type { ContactStore } from '../../ports/contact-store';
import type { RetryPolicy } from '../../domain/contacts/contact';
import { isOpenCallback } from '../../domain/contacts/lifecycle';
import { sendSurely, type CommandSender } from './calls';
import type { ConnectRecords } from './records';
import type { ConnectSettings } from './settings';

/** The agent recorded on a callback that Amazon Connect closed. */
export const CONNECT_AGENT = 'amazon-connect';

/** An Amazon Connect contact event (EventBridge) for a task that ended. */
export const TaskEndedEventSchema = z.object({
  source: z.literal('aws.connect'),
  'detail-type': z.literal('Amazon Connect Contact Event'),
  detail: z.object({ eventType: z.literal('DISCONNECTED'), channel: z.literal('TASK'), contactId: z.string().min(1) }),
});
export type TaskEndedEvent = z.infer<typeof TaskEndedEventSchema>;

export type TaskEndedResult = 'FINISHED' | 'NOT_OURS';

/**
 * A callback's task ended in Connect (the agent completed it): the desk's record is finished too, so the
 * customer can book again and "when is my callback?" stops naming it. A task stopped by a move or a
 * cancellation is no longer the callback's task, and changes nothing.
 */
export async function finishEndedTask(
  event: TaskEndedEvent,
  deps: { contacts: ContactStore; records: ConnectRecords; connect: CommandSender; settings: ConnectSettings; clock: Clock; log: Log },
): Promise<TaskEndedResult> {
  const { contactId } = event.detail;
  const { settings } = deps;
  const answer = await sendSurely<GetContactAttributesResponse>(
    deps.connect,
    () => new GetContactAttributesCommand({ InstanceId: settings.instanceId, InitialContactId: contactId }),
    'read task attributes',
    { timeoutMs: settings.timeoutMs, deadline: Date.now() + 3 * settings.timeoutMs },
  );
  const callbackId = answer?.Attributes?.deskContactId;
  const team = z.enum(TEAMS).safeParse(answer?.Attributes?.team);
  if (!callbackId || !team.success) return 'NOT_OURS';
  const [callback, link] = await Promise.all([deps.contacts.get(team.data, callbackId), deps.records.callbackLink(callbackId)]);
  if (!isOpenCallback(callback) || link?.taskContactId !== contactId) return 'NOT_OURS';
  const now = deps.clock.now().toISOString();
  // The outcome is Connect's to record; the desk only closes its copy (no retry policy applies to RESOLVED).
  const policy: RetryPolicy = { maxAttempts: 1, retryAfterMinutes: 0 };
  if (callback.status === 'PENDING') await deps.contacts.claim(team.data, callbackId, CONNECT_AGENT);
  await deps.contacts.recordOutcome(team.data, callbackId, { kind: 'RESOLVED', note: 'closed in Amazon Connect' }, policy, now);
  deps.log.info('callback closed in Connect', { callbackId, team: team.data });
  return 'FINISHED';
}
