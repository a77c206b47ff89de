/** The support desk's own words for what it knows: accounts, devices, device status, orders. */

/** The three device teams' product families. */
export const DEVICE_FAMILIES = ['ECHO', 'FIRE_TV', 'KINDLE'] as const;
export type DeviceFamily = (typeof DEVICE_FAMILIES)[number];

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

/** One order of one item, as the order backend knows it. */
export interface Order {
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
