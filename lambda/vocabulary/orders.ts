/**
 * Names shared by the orders handlers and the interaction model: intents, slots and the item slot's ids.
 * Items are matched by the words the customer said against their own orders; the slot type only helps
 * Alexa hear product names.
 */
export const ORDER_INTENTS = {
  status: 'OrderStatusIntent',
  late: 'OrderLateIntent',
  notReceived: 'PackageNotReceivedIntent',
  cancel: 'CancelOrderIntent',
  more: 'MoreOrdersIntent',
} as const;

export const ORDER_SLOTS = { item: 'item', orderNumber: 'orderNumber' } as const;

export const ORDER_SLOT_TYPES = { item: 'OrderItem', orderNumber: 'AMAZON.FOUR_DIGIT_NUMBER' } as const;

/** Kinds of item customers order and name. */
export const ORDER_ITEM_KINDS = [
  'KINDLE',
  'KINDLE_COVER',
  'ECHO',
  'ECHO_SHOW',
  'SMART_PLUG',
  'FIRE_TV',
  'REMOTE',
  'CABLE',
  'BATTERIES',
  'HEADPHONES',
  'BOOK',
] as const;
export type OrderItemKind = (typeof ORDER_ITEM_KINDS)[number];

