import type { Account, Charge, DeviceStatus, ItemKind, ItemReturn, Order, OrderOptions, PaymentMethod } from '../../domain/model';

/** The Alexa profile of a demo customer, as the Customer Profile API would return it. */
export interface DemoProfile {
  givenName: string;
  /** E.164 parts, as the Customer Profile API splits them. */
  mobileNumber?: { countryCode: string; phoneNumber: string };
}

export interface DemoCustomer {
  accessToken: string;
  account: Account;
  profile: DemoProfile;
  /** Keyed by Alexa device id, or serial number for a device without one. */
  deviceStatus: Record<string, DeviceStatus>;
  orders: Order[];
  returns: ItemReturn[];
  charges: Charge[];
  orderOptions: OrderOptions;
}

export const DEMO_DEVICE_IDS = {
  echoDot: 'amzn1.ask.device.DEMO_ECHO_DOT',
  echoShow: 'amzn1.ask.device.DEMO_ECHO_SHOW',
  fireTv: 'amzn1.ask.device.DEMO_FIRE_TV',
} as const;
export const DEMO_KINDLE_SERIAL = 'G000DEMOKINDLE01';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const STORE = { name: 'Device Help Desk Store', thirdParty: false };
const VISA: PaymentMethod = { paymentMethodId: 'pm-visa', type: 'Visa', lastDigits: '4242' };
const MASTERCARD: PaymentMethod = { paymentMethodId: 'pm-mastercard', type: 'Mastercard', lastDigits: '5555' };
const GIFT_CARD: PaymentMethod = { paymentMethodId: 'pm-gift-card', type: 'gift card balance' };
const HOME = { addressId: 'addr-home', name: 'Home' };

/** A one-item order from the desk's own store, delivered to Home and paid with the Visa unless told otherwise. */
function delivered(o: { n: number; item: string; kind: ItemKind; unitPrice: number; orderedAt: Date; deliveredAt: Date; returnableUntil?: Date; paymentMethod?: PaymentMethod }): Order {
  const digits = String(o.n).padStart(7, '0');
  return {
    orderId: `114-${digits}-${digits}`,
    item: o.item,
    status: 'DELIVERED',
    orderedAt: o.orderedAt,
    seller: STORE,
    carrier: 'UPS',
    deliveredAt: o.deliveredAt,
    lines: [{ lineId: `l-${o.n}-1`, name: o.item, kind: o.kind, quantity: 1, unitPrice: o.unitPrice, returnableUntil: o.returnableUntil }],
    paymentMethod: o.paymentMethod ?? VISA,
    shipTo: HOME,
  };
}

/** The demo customers, with every time relative to `now` so the data reads right on any day. */
export function demoCustomers(now: Date): DemoCustomer[] {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const ahead = (ms: number) => new Date(now.getTime() + ms);
  return [
    {
      accessToken: 'demo-token-alex',
      profile: { givenName: 'Alex', mobileNumber: { countryCode: '+1', phoneNumber: '2065550142' } },
      account: {
        accountId: 'demo-account-alex',
        firstName: 'Alex',
        timeZone: 'America/Los_Angeles',
        devices: [
          { alexaDeviceId: DEMO_DEVICE_IDS.echoDot, family: 'ECHO', model: 'Echo Dot (5th Gen)', name: 'Kitchen Echo Dot', hasScreen: false },
          { alexaDeviceId: DEMO_DEVICE_IDS.echoShow, family: 'ECHO', model: 'Echo Show 8 (3rd Gen)', name: 'Bedroom Echo Show', hasScreen: true },
          { alexaDeviceId: DEMO_DEVICE_IDS.fireTv, family: 'FIRE_TV', model: 'Fire TV Stick 4K Max', name: 'Living Room Fire TV', hasScreen: true },
          { serialNumber: DEMO_KINDLE_SERIAL, family: 'KINDLE', model: 'Kindle Paperwhite (11th Gen)', name: "Alex's Kindle", hasScreen: true },
        ],
      },
      deviceStatus: {
        [DEMO_DEVICE_IDS.echoDot]: { online: true, lastSeenAt: ago(2 * 60_000), wifiSignal: 'WEAK' },
        [DEMO_DEVICE_IDS.echoShow]: { online: true, lastSeenAt: ago(60_000), wifiSignal: 'STRONG' },
        [DEMO_DEVICE_IDS.fireTv]: {
          online: true,
          lastSeenAt: ago(5 * 60_000),
          wifiSignal: 'STRONG',
          softwareUpdatePending: true,
          remoteBatteryLow: true,
        },
        [DEMO_KINDLE_SERIAL]: { online: false, lastSeenAt: ago(9 * DAY), lastSyncedAt: ago(9 * DAY), batteryPercent: 4 },
      },
      orders: [
        {
          orderId: '114-0000001-0000001',
          item: 'Kindle Paperwhite cover',
          status: 'SHIPPED',
          orderedAt: ago(3 * DAY),
          seller: { name: 'Device Help Desk Store', thirdParty: false },
          carrier: 'UPS',
          promisedBy: ahead(DAY),
          expectedBy: ahead(DAY),
          latestTracking: 'in transit at the regional sorting center',
        },
        {
          orderId: '114-0000002-0000002',
          item: 'Echo Show 8',
          status: 'DELIVERED',
          orderedAt: ago(6 * DAY),
          seller: { name: 'Device Help Desk Store', thirdParty: false },
          carrier: 'USPS',
          promisedBy: ago(2 * DAY),
          deliveredAt: ago(2 * DAY),
          latestTracking: 'delivered, left at the front door',
        },
        {
          orderId: '114-0000003-0000003',
          item: 'Fire TV Alexa Voice Remote',
          status: 'ORDERED',
          orderedAt: ago(4 * HOUR),
          seller: { name: 'Device Help Desk Store', thirdParty: false },
          promisedBy: ahead(4 * DAY),
          lines: [{ lineId: 'l-3-1', name: 'Fire TV Alexa Voice Remote', kind: 'ACCESSORY', quantity: 1, unitPrice: 29.99 }],
          paymentMethod: VISA,
          shipTo: HOME,
        },
        {
          orderId: '114-0000004-0000004',
          item: 'Echo Dot smart plug bundle',
          status: 'DELAYED',
          orderedAt: ago(8 * DAY),
          seller: { name: 'Device Help Desk Store', thirdParty: false },
          carrier: 'FedEx',
          promisedBy: ago(3 * DAY),
          latestTracking: 'held at the carrier facility because of a weather delay',
        },
        {
          orderId: '114-0000005-0000005',
          item: 'USB-C charging cable',
          status: 'SHIPPED',
          orderedAt: ago(5 * DAY),
          seller: { name: 'CableCo', thirdParty: true },
          carrier: 'USPS',
          promisedBy: ahead(2 * DAY),
          expectedBy: ahead(2 * DAY),
          latestTracking: 'accepted by the carrier',
        },
        // Arrived damaged: delivered 5 days ago, well inside the 30 days for a replacement or refund.
        delivered({ n: 6, item: 'Echo Dot (5th Gen)', kind: 'DEVICE', unitPrice: 49.99, orderedAt: ago(9 * DAY), deliveredAt: ago(5 * DAY), returnableUntil: ahead(25 * DAY) }),
        // The wrong cable came: a Lightning cable instead of this HDMI cable.
        delivered({ n: 7, item: 'HDMI cable', kind: 'ACCESSORY', unitPrice: 12.99, orderedAt: ago(7 * DAY), deliveredAt: ago(4 * DAY), returnableUntil: ahead(26 * DAY) }),
        // Being returned: the return is on its way back.
        delivered({ n: 8, item: 'Echo Buds', kind: 'DEVICE', unitPrice: 49.99, orderedAt: ago(40 * DAY), deliveredAt: ago(36 * DAY), returnableUntil: ago(6 * DAY), paymentMethod: MASTERCARD }),
        // Returned and refunded yesterday to the Visa ending in 4242.
        { ...delivered({ n: 9, item: 'Kindle Kids case', kind: 'ACCESSORY', unitPrice: 29.99, orderedAt: ago(45 * DAY), deliveredAt: ago(41 * DAY) }), status: 'REFUNDED' },
        // Past its return window.
        delivered({ n: 10, item: 'Kindle Paperwhite', kind: 'DEVICE', unitPrice: 149.99, orderedAt: ago(50 * DAY), deliveredAt: ago(45 * DAY), returnableUntil: ago(15 * DAY) }),
        // Arrived 3 days ago without its batteries: they ship separately and arrive tomorrow.
        {
          ...delivered({ n: 11, item: 'Fire TV Stick 4K Max with batteries', kind: 'DEVICE', unitPrice: 59.99, orderedAt: ago(6 * DAY), deliveredAt: ago(3 * DAY) }),
          lines: [
            { lineId: 'l-11-1', name: 'Fire TV Stick 4K Max', kind: 'DEVICE', quantity: 1, unitPrice: 59.99, returnableUntil: ahead(27 * DAY) },
            {
              lineId: 'l-11-2',
              name: 'AAA batteries',
              kind: 'ACCESSORY',
              quantity: 1,
              unitPrice: 6.99,
              returnableUntil: ahead(27 * DAY),
              shipment: { status: 'SHIPPED', carrier: 'USPS', expectedBy: ahead(DAY) },
            },
          ],
        },
        // A printed book: print variance and blank end pages are not defects.
        delivered({ n: 12, item: 'Smart home guide book', kind: 'BOOK', unitPrice: 14.99, orderedAt: ago(14 * DAY), deliveredAt: ago(10 * DAY), returnableUntil: ahead(20 * DAY), paymentMethod: GIFT_CARD }),
      ],
      returns: [
        { returnId: 'R-0008', orderId: '114-0000008-0000008', lineId: 'l-8-1', item: 'Echo Buds', reason: 'NOT_NEEDED', state: 'IN_TRANSIT', requestedAt: ago(8 * DAY) },
        {
          returnId: 'R-0009',
          orderId: '114-0000009-0000009',
          lineId: 'l-9-1',
          item: 'Kindle Kids case',
          reason: 'DEFECTIVE',
          state: 'REFUNDED',
          requestedAt: ago(12 * DAY),
          refund: { amount: 29.99, method: VISA, issuedAt: ago(DAY), expectedBy: ahead(4 * DAY) },
        },
      ],
      charges: [
        { chargeId: 'c-ku', amount: 11.99, chargedAt: ago(2 * DAY), method: VISA, subscription: 'Kindle Unlimited', description: 'Kindle Unlimited monthly membership' },
        { chargeId: 'c-11', amount: 66.98, chargedAt: ago(6 * DAY), method: VISA, orderId: '114-0000011-0000011', description: 'Fire TV Stick 4K Max with batteries' },
        { chargeId: 'c-7', amount: 12.99, chargedAt: ago(7 * DAY), method: VISA, orderId: '114-0000007-0000007', description: 'HDMI cable' },
        { chargeId: 'c-6', amount: 49.99, chargedAt: ago(9 * DAY), method: VISA, orderId: '114-0000006-0000006', description: 'Echo Dot (5th Gen)' },
      ],
      orderOptions: {
        addresses: [HOME, { addressId: 'addr-work', name: 'Work' }, { addressId: 'addr-mom', name: "Mom's house" }],
        paymentMethods: [VISA, MASTERCARD, GIFT_CARD],
      },
    },
    {
      accessToken: 'demo-token-sam',
      profile: { givenName: 'Sam' },
      account: { accountId: 'demo-account-sam', firstName: 'Sam', timeZone: 'America/New_York', devices: [] },
      deviceStatus: {},
      orders: [],
      returns: [],
      charges: [],
      orderOptions: { addresses: [], paymentMethods: [] },
    },
  ];
}
