import type { DeviceFamily } from '../domain/model';

/**
 * Names shared by the handlers and the interaction model of the support entry: intents, slots and
 * slot-type ids. The model sources give each id its words per locale; the handlers key on the ids.
 */
export const SUPPORT_INTENTS = {
  support: 'SupportIntent',
  talkToAgent: 'TalkToAgentIntent',
} as const;

export const BUILT_IN_INTENTS = {
  help: 'AMAZON.HelpIntent',
  stop: 'AMAZON.StopIntent',
  cancel: 'AMAZON.CancelIntent',
  navigateHome: 'AMAZON.NavigateHomeIntent',
  fallback: 'AMAZON.FallbackIntent',
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  repeat: 'AMAZON.RepeatIntent',
  startOver: 'AMAZON.StartOverIntent',
} as const;

export const SUPPORT_SLOTS = { device: 'device', topic: 'topic' } as const;

export const SLOT_TYPES = { device: 'DeviceType', topic: 'SupportTopic' } as const;

/** The kinds of device a customer can name; Echo Show is told apart because it has a screen. */
export const DEVICE_KINDS = ['ECHO', 'ECHO_SHOW', 'FIRE_TV', 'KINDLE'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** The slot value id for devices the desk does not support (phones, tablets, toasters). */
export const OTHER_DEVICE = 'OTHER';

export const FAMILY_OF_KIND: Record<DeviceKind, DeviceFamily> = {
  ECHO: 'ECHO',
  ECHO_SHOW: 'ECHO',
  FIRE_TV: 'FIRE_TV',
  KINDLE: 'KINDLE',
};

/** What a customer can want from the desk. */
export const SUPPORT_TOPICS = ['ORDER', 'DEVICE', 'ACCOUNT', 'PAYMENT', 'PRIME', 'RETURN'] as const;
export type SupportTopic = (typeof SUPPORT_TOPICS)[number];

/** Topics the desk answers itself; the rest it explains and points elsewhere. */
export const TOPICS_HANDLED_HERE: ReadonlySet<SupportTopic> = new Set(['ORDER', 'DEVICE']);
