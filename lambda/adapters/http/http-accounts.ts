import * as z from 'zod/mini';
import { DEVICE_FAMILIES, type Account, type DeviceStatus } from '../../domain/model';
import { AccessDeniedError, BackendUnavailableError, type AccountDirectory, type DeviceStatusService } from '../../ports/backend';
import { isoDate, jsonClient, type JsonClientOptions } from './json-client';

const BACKEND = 'accounts';

/** The linked account as the account service sends it (docs/accounts-api.md). */
const AccountEnvelopeSchema = z.object({
  account: z.object({
    accountId: z.string().check(z.minLength(1)),
    firstName: z.optional(z.string().check(z.minLength(1))),
    timeZone: z.string().check(z.minLength(1)),
    devices: z.array(
      z.object({
        alexaDeviceId: z.optional(z.string()),
        serialNumber: z.optional(z.string()),
        family: z.enum(DEVICE_FAMILIES),
        model: z.string().check(z.minLength(1)),
        name: z.string().check(z.minLength(1)),
        hasScreen: z.boolean(),
      }),
    ),
  }),
});

const StatusEnvelopeSchema = z.object({
  status: z.object({
    online: z.boolean(),
    lastSeenAt: z.optional(isoDate),
    wifiSignal: z.optional(z.enum(['STRONG', 'WEAK', 'NONE'])),
    softwareUpdatePending: z.optional(z.boolean()),
    remoteBatteryLow: z.optional(z.boolean()),
    batteryPercent: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    lastSyncedAt: z.optional(isoDate),
  }),
});

/** The customer's account, registered devices and their status from an account service, with the linked token as bearer. */
export function httpAccounts(options: JsonClientOptions): { accounts: AccountDirectory; deviceStatus: DeviceStatusService } {
  const { call, parse } = jsonClient(BACKEND, options);
  return {
    accounts: {
      async findByAccessToken(accessToken) {
        try {
          const { status, body } = await call('GET', '/account', accessToken);
          if (status !== 200) throw new BackendUnavailableError(BACKEND, `HTTP ${status} reading the account`);
          return parse(AccountEnvelopeSchema, body, 'account').account as Account;
        } catch (error) {
          // A token the service refuses is a broken link, which the customer mends by linking again.
          if (error instanceof AccessDeniedError) return undefined;
          throw error;
        }
      },
    },
    deviceStatus: {
      async getStatus(accessToken, deviceKey) {
        const { status, body } = await call('GET', `/devices/${encodeURIComponent(deviceKey)}/status`, accessToken);
        if (status === 404) return undefined;
        if (status !== 200) throw new BackendUnavailableError(BACKEND, `HTTP ${status} reading a device's status`);
        return parse(StatusEnvelopeSchema, body, 'device status').status as DeviceStatus;
      },
    },
  };
}
