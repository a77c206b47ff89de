/** The support desk's own words for what it knows: accounts, devices, device status, orders. */

/** The three device teams' product families. */
export const DEVICE_FAMILIES = ['ECHO', 'FIRE_TV', 'KINDLE'] as const;
export type DeviceFamily = (typeof DEVICE_FAMILIES)[number];

/** Each family's name as written for a team ("Fire TV"). */
export const FAMILY_NAMES: Record<DeviceFamily, string> = { ECHO: 'Echo', FIRE_TV: 'Fire TV', KINDLE: 'Kindle' };

/** The kinds of device a customer can name; Echo Show is told apart because it has a screen. */
export const DEVICE_KINDS = ['ECHO', 'ECHO_SHOW', 'FIRE_TV', 'KINDLE'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** The team's product family of each kind of device. */
export const FAMILY_OF_KIND: Record<DeviceKind, DeviceFamily> = {
  ECHO: 'ECHO',
  ECHO_SHOW: 'ECHO',
  FIRE_TV: 'FIRE_TV',
  KINDLE: 'KINDLE',
};

/** A device registered on a customer's account. */
export interface RegisteredDevice {
  /** Alexa's device id for Alexa endpoints; a Kindle never talks to Alexa and has none. */
  alexaDeviceId?: string;
  serialNumber?: string;
  family: DeviceFamily;
  /** The product model, as spoken: "Echo Dot (5th Gen)". */
  model: string;
  /** The name the customer gave it: "Kitchen Echo Dot". */
  name: string;
  hasScreen: boolean;
}

/** A linked customer account, as the account backend knows it. */
export interface Account {
  accountId: string;
  /** The account holder's first name, to tell their own "Alex's Kindle" from someone else's. */
  firstName?: string;
  /** IANA time zone of the account, used when the device's own is unavailable. */
  timeZone: string;
  devices: RegisteredDevice[];
}

export type WifiSignal = 'STRONG' | 'WEAK' | 'NONE';

/** What a device last reported about itself. */
export interface DeviceStatus {
  online: boolean;
  lastSeenAt?: Date;
  wifiSignal?: WifiSignal;
  softwareUpdatePending?: boolean;
  remoteBatteryLow?: boolean;
  batteryPercent?: number;
  lastSyncedAt?: Date;
}

export const ORDER_STATUSES = [
  'ORDERED',
  'PREPARING',
  'SHIPPED',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'DELAYED',
  'CANCELLED',
  'RETURNED',
  'REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface Seller {
  name: string;
  /** A third-party seller handles its own delivery problems first. */
  thirdParty: boolean;
}

/** One order, as the order backend knows it: `item` names it, `lines` (when sent) are its items. */
export interface Order extends OrderDetails {
  orderId: string;
  item: string;
  status: OrderStatus;
  orderedAt: Date;
  seller: Seller;
  carrier?: string;
  /** The delivery date promised at checkout. */
  promisedBy?: Date;
  /** The carrier's latest estimate, when it differs from the promise. */
  expectedBy?: Date;
  deliveredAt?: Date;
  /** The carrier's latest tracking event, in plain words. */
  latestTracking?: string;
}

/** What an item is, for the help pages' rules: a device can be troubleshot, a printed book has its own. */
export const ITEM_KINDS = ['DEVICE', 'ACCESSORY', 'BOOK', 'OTHER'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** An item that travels in its own package, apart from the rest of its order. */
export interface SeparateShipment {
  status: OrderStatus;
  carrier?: string;
  expectedBy?: Date;
  deliveredAt?: Date;
}

/** One item of an order. */
export interface OrderLine {
  lineId: string;
  /** The item, as it should be spoken ("Echo Dot (5th Gen)"). */
  name: string;
  kind: ItemKind;
  quantity: number;
  /** Price of one, in the order's currency. */
  unitPrice: number;
  /** The last day it can be returned; absent when it cannot be returned at all. */
  returnableUntil?: Date;
  /** Set when the item ships in a package of its own. */
  shipment?: SeparateShipment;
}

/** A saved card or balance, named as the customer sees it: "Visa ending in 4242". */
export interface PaymentMethod {
  paymentMethodId: string;
  /** "Visa", "Mastercard", "gift card balance". */
  type: string;
  lastDigits?: string;
}

/** A saved shipping address, known to the customer by its short name ("Home"); never read out in full. */
export interface SavedAddress {
  addressId: string;
  name: string;
}

/** The details of an order beyond its delivery, when the order service sends them. */
export interface OrderDetails {
  lines?: OrderLine[];
  paymentMethod?: PaymentMethod;
  /** The saved address the order ships to. */
  shipTo?: SavedAddress;
}

export const RETURN_STATES = ['REQUESTED', 'LABEL_SENT', 'IN_TRANSIT', 'RECEIVED', 'REFUNDED'] as const;
export type ReturnState = (typeof RETURN_STATES)[number];

export const RETURN_REASONS = ['DAMAGED', 'DEFECTIVE', 'WRONG_ITEM', 'MISSING', 'NOT_NEEDED'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Money on its way back to the customer. */
export interface Refund {
  amount: number;
  method: PaymentMethod;
  issuedAt?: Date;
  /** When the money should show, by the method's usual time. */
  expectedBy?: Date;
}

/** A return the customer started, and its refund once there is one. */
export interface ItemReturn {
  returnId: string;
  orderId: string;
  lineId: string;
  item: string;
  reason: ReturnReason;
  state: ReturnState;
  requestedAt: Date;
  /** Drop it off by this day. */
  dropOffBy?: Date;
  refund?: Refund;
}

/** A replacement sent for an item that arrived damaged, defective or not at all. */
export interface Replacement {
  replacementId: string;
  orderId: string;
  lineId: string;
  item: string;
  expectedBy?: Date;
}

/** A charge on the customer's payment methods, with what it was for. */
export interface Charge {
  chargeId: string;
  amount: number;
  chargedAt: Date;
  method: PaymentMethod;
  /** The order it paid for, if any. */
  orderId?: string;
  /** The subscription it renewed, if any ("Kindle Unlimited"). */
  subscription?: string;
  /** What it was for, in plain words ("Echo Dot (5th Gen)", "Kindle Unlimited monthly membership"). */
  description: string;
}

/** What the customer can pick from when changing an unshipped order. */
export interface OrderOptions {
  addresses: SavedAddress[];
  paymentMethods: PaymentMethod[];
}

/** A change to an unshipped order: one thing at a time, as the customer asks for it. */
export type OrderChange = { quantity: number; lineId: string } | { addressId: string } | { paymentMethodId: string };
