import type { Account, DeviceStatus, Order } from '../../domain/model';

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
}

export const DEMO_DEVICE_IDS = {
  echoDot: 'amzn1.ask.device.DEMO_ECHO_DOT',
  echoShow: 'amzn1.ask.device.DEMO_ECHO_SHOW',
  fireTv: 'amzn1.ask.device.DEMO_FIRE_TV',
} as const;
export const DEMO_KINDLE_SERIAL = 'G000DEMOKINDLE01';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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
      ],
    },
    {
      accessToken: 'demo-token-sam',
      profile: { givenName: 'Sam' },
      account: { accountId: 'demo-account-sam', timeZone: 'America/New_York', devices: [] },
      deviceStatus: {},
      orders: [],
    },
  ];
}
