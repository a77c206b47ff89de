/**
 * Names shared by the order-problem handlers and the interaction model: damaged, defective, wrong and missing
 * items, returns and refunds, changing an unshipped order, charges the customer does not recognise, history.
 */
export const ORDER_PROBLEM_INTENTS = {
  damaged: 'DamagedItemIntent',
  defective: 'DefectiveItemIntent',
  wrongItem: 'WrongItemIntent',
  missingItem: 'MissingItemIntent',
  returnItem: 'ReturnItemIntent',
  refundStatus: 'RefundStatusIntent',
  changeOrder: 'ChangeOrderIntent',
  unknownCharge: 'UnknownChargeIntent',
  history: 'OrderHistoryIntent',
} as const;

/** Slots beyond the orders area's item and order number. */
export const ORDER_PROBLEM_SLOTS = {
  change: 'change',
  quantity: 'quantity',
  address: 'address',
  card: 'card',
  cardDigits: 'cardDigits',
  amount: 'amount',
  date: 'date',
} as const;

export const ORDER_PROBLEM_SLOT_TYPES = {
  change: 'OrderChangeKind',
  quantity: 'AMAZON.NUMBER',
  address: 'SavedAddressName',
  card: 'PaymentCardType',
  cardDigits: 'AMAZON.FOUR_DIGIT_NUMBER',
  amount: 'AMAZON.NUMBER',
  date: 'AMAZON.DATE',
} as const;

/** What an unshipped order can change. */
export const ORDER_CHANGE_KINDS = ['QUANTITY', 'ADDRESS', 'PAYMENT'] as const;
export type OrderChangeKind = (typeof ORDER_CHANGE_KINDS)[number];

/** Names customers give their saved addresses; matched by words against the account's own names. */
export const ADDRESS_NAMES = ['HOME', 'WORK', 'FAMILY'] as const;
export type AddressName = (typeof ADDRESS_NAMES)[number];

/** Kinds of payment method customers name. */
export const CARD_TYPES = ['VISA', 'MASTERCARD', 'AMEX', 'DISCOVER', 'GIFT_CARD'] as const;
export type CardType = (typeof CARD_TYPES)[number];

