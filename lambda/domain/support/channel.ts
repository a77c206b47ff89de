import type { DeviceFamily } from '../model';

/** The teams a customer can be routed to: one per device family, and orders. */
export const TEAMS = ['ECHO', 'FIRE_TV', 'KINDLE', 'ORDERS'] as const;
export type Team = (typeof TEAMS)[number];

export const CHANNELS = ['CHAT', 'CALLBACK'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Device problems go to that device's team; everything else the desk routes goes to orders. */
export function teamFor(family: DeviceFamily | undefined): Team {
  return family ?? 'ORDERS';
}

/** What matters when choosing how the customer reaches the team. */
export interface ChannelNeeds {
  /** The customer asked for one: their preference wins. */
  preference?: Channel;
  urgent?: boolean;
  /** Needs a long, hands-on troubleshooting session (a diagnosis that did not fix it). */
  longSession?: boolean;
  /** False when no one can pick up a chat soon (the team is closed, or its wait is long). */
  chatAvailable?: boolean;
}

/**
 * The seed's decision model: the customer's preference wins; a long hands-on session is best by phone
 * (callback); urgent matters get "call me now"; a simple question is quickest by chat, when someone can take it.
 */
export function recommendChannel(needs: ChannelNeeds): Channel {
  if (needs.preference) return needs.preference;
  if (needs.longSession || needs.urgent || needs.chatAvailable === false) return 'CALLBACK';
  return 'CHAT';
}
