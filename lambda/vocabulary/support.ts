/**
 * Names shared by the handlers and the interaction model of the support entry: intents, slots and
 * slot-type ids. The model sources give each id its words per locale; the handlers key on the ids. The device
 * kinds and topics are the domain's own, named here because they are slot values too.
 */
export { DEVICE_KINDS, type DeviceKind } from '../domain/model';
export { SUPPORT_TOPICS, type SupportTopic } from '../domain/support/topics';

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

/** The slot value id for devices the desk does not support (phones, tablets, toasters). */
export const OTHER_DEVICE = 'OTHER';
