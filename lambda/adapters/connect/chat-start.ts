import { StartChatContactCommand, type StartChatContactResponse } from '@aws-sdk/client-connect';
import { handoffHeadline } from '../../domain/handoff-summary';
import type { Log } from '../../observability/log';
import type { Clock } from '../../ports/clock';
import { isOpen } from '../../domain/contacts/lifecycle';
import type { ContactStore } from '../../ports/contact-store';
import { EngineCallFailed, clientToken, sendSurely, type CommandSender } from './calls';
import { handoffAttributes } from './handoff-attributes';
import type { ConnectRecords } from './records';
import { connectTeam, type ConnectSettings } from './settings';

/** What the chat page needs to join the chat with amazon-connect-chatjs. */
export interface ChatDetails {
  ContactId: string;
  ParticipantId: string;
  ParticipantToken: string;
}

export type ChatStart =
  | { outcome: 'STARTED'; chat: ChatDetails }
  /** The link was opened before, has expired, or was never the desk's. */
  | { outcome: 'USED' | 'EXPIRED' | 'UNKNOWN' }
  /** The chat request was closed by the team in the meantime. */
  | { outcome: 'CLOSED' }
  /** Connect or the store did not answer; the link stays usable. */
  | { outcome: 'UNAVAILABLE' };

export interface ChatStartDeps {
  contacts: ContactStore;
  records: ConnectRecords;
  connect: CommandSender;
  settings: ConnectSettings;
  clock: Clock;
  log: Log;
}

/**
 * The customer opened their chat link: the single-use token is spent, and a Connect chat starts in the
 * team's chat flow with the handoff as attributes and the customer's problem as the first message. When
 * Connect does not start it, the token is given back so the same link can be tried again.
 */
export async function startCustomerChat(token: string, deps: ChatStartDeps): Promise<ChatStart> {
  const { contacts, records, connect, settings, clock, log } = deps;
  const now = clock.now();
  const redemption = await records.redeemChatInvite(token, now.toISOString());
  if (redemption.outcome !== 'REDEEMED') return { outcome: redemption.outcome };
  const { invite } = redemption;
  try {
    const chat = await contacts.get(invite.team, invite.chatId);
    if (!chat || chat.kind !== 'CHAT' || !isOpen(chat)) return { outcome: 'CLOSED' };
    const answer = await sendSurely<StartChatContactResponse>(
      connect,
      () =>
        new StartChatContactCommand({
          InstanceId: settings.instanceId,
          ContactFlowId: connectTeam(settings, chat.team).chatFlowId,
          Attributes: handoffAttributes(chat),
          ParticipantDetails: { DisplayName: 'Customer' },
          InitialMessage: { ContentType: 'text/plain', Content: chat.handoff.problem?.description ?? handoffHeadline(chat.handoff) },
          SupportedMessagingContentTypes: ['text/plain'],
          ClientToken: clientToken('chat', token),
        }),
      'start chat',
      { timeoutMs: settings.timeoutMs, deadline: now.getTime() + 3 * settings.timeoutMs },
    );
    if (!answer?.ContactId || !answer.ParticipantId || !answer.ParticipantToken) throw new EngineCallFailed('start chat', 'no participant', false);
    log.info('chat started in Connect', { chatId: chat.id, team: chat.team });
    return { outcome: 'STARTED', chat: { ContactId: answer.ContactId, ParticipantId: answer.ParticipantId, ParticipantToken: answer.ParticipantToken } };
  } catch (error) {
    log.warn('chat not started', { chatId: invite.chatId, error: error instanceof EngineCallFailed ? error.cause : (error as Error).name });
    await records.releaseChatInvite(token).catch(() => undefined);
    return { outcome: 'UNAVAILABLE' };
  }
}
