import type { Team } from '../../domain/support/channel';

/** Where a callback stands in Connect: a scheduled task, or an EventBridge schedule that will hand it over. */
export interface CallbackLink {
  callbackId: string;
  /** The time Connect (or the schedule) has for it: a move starts from here. */
  scheduledFor: string;
  taskContactId?: string;
  scheduleName?: string;
}

/** A chat link's single-use token: which chat it opens, until when, and whether it was used. */
export interface ChatInvite {
  token: string;
  chatId: string;
  team: Team;
  validUntil: string;
  usedAt?: string;
}

export type Redemption = { outcome: 'REDEEMED'; invite: ChatInvite } | { outcome: 'USED' | 'EXPIRED' | 'UNKNOWN' };

/** What the Connect companion remembers beside the skill's own record (same table in production). */
export interface ConnectRecords {
  callbackLink(callbackId: string): Promise<CallbackLink | undefined>;
  saveCallbackLink(link: CallbackLink): Promise<void>;
  /** Saved once: a retried chat request keeps the first invite. */
  saveChatInvite(invite: ChatInvite): Promise<void>;
  /** Marks the invite used, atomically: of two pages opening it at once, one gets it. */
  redeemChatInvite(token: string, now: string): Promise<Redemption>;
  /** Makes a redeemed invite usable again (the chat could not be started, so the customer may try again). */
  releaseChatInvite(token: string): Promise<void>;
}

/** Decides a redemption the same way in every adapter. */
export function redemptionOf(invite: ChatInvite | undefined, now: string): Redemption {
  if (!invite) return { outcome: 'UNKNOWN' };
  if (invite.usedAt) return { outcome: 'USED' };
  if (invite.validUntil <= now) return { outcome: 'EXPIRED' };
  return { outcome: 'REDEEMED', invite: { ...invite, usedAt: now } };
}

/** In memory: tests and `npm start`. */
export function memoryConnectRecords(): ConnectRecords {
  const links = new Map<string, CallbackLink>();
  const invites = new Map<string, ChatInvite>();
  return {
    async callbackLink(callbackId) {
      const link = links.get(callbackId);
      return link && { ...link };
    },
    async saveCallbackLink(link) {
      links.set(link.callbackId, { ...link });
    },
    async saveChatInvite(invite) {
      if (!invites.has(invite.token)) invites.set(invite.token, { ...invite });
    },
    async redeemChatInvite(token, now) {
      const redemption = redemptionOf(invites.get(token), now);
      if (redemption.outcome === 'REDEEMED') invites.set(token, redemption.invite);
      return redemption;
    },
    async releaseChatInvite(token) {
      const invite = invites.get(token);
      if (invite) invites.set(token, { ...invite, usedAt: undefined });
    },
  };
}
