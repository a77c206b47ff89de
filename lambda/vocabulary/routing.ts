/** Names shared by the routing handlers and the interaction model: intents, slots and slot-type ids. */
export const ROUTING_INTENTS = {
  chooseChannel: 'ChooseChannelIntent',
  scheduleCallback: 'ScheduleCallbackIntent',
  givePhoneNumber: 'GivePhoneNumberIntent',
  callbackStatus: 'CallbackStatusIntent',
  moveCallback: 'MoveCallbackIntent',
  cancelCallback: 'CancelCallbackIntent',
} as const;

export const ROUTING_SLOTS = { channel: 'channel', date: 'date', time: 'time', soon: 'soon', phone: 'phone' } as const;

export const ROUTING_SLOT_TYPES = { channel: 'ContactChannel', soon: 'CallbackSoon' } as const;

/** The "as soon as possible" value of the CallbackSoon slot type. */
export const SOON_IDS = ['ASAP'] as const;
export type SoonId = (typeof SOON_IDS)[number];
