import * as z from 'zod';
import { DEVICE_FAMILIES, type Account, type DeviceStatus } from '../../domain/model';
import { AccessDeniedError, BackendUnavailableError, type AccountDirectory, type DeviceStatusService } from '../../ports/backend';
import { isoDate, jsonClient, type JsonClientOptions } from './json-client';

const BACKEND = 'accounts';

/** The linked account as the account service sends it (docs/accounts-api.md). */
const AccountEnvelopeSchema = z.object({
  account: z.object({
    accountId: z.string().min(1),
    firstName: z.string().min(1).optional(),
    timeZone: z.string().min(1),
    devices: z.array(
      z.object({
        alexaDeviceId: z.string().optional(),
        serialNumber: z.string().optional(),
        family: z.enum(DEVICE_FAMILIES),
        model: z.string().min(1),
        name: z.string().min(1),
        hasScreen: z.boolean(),
      }),
    ),
  }),
});

const StatusEnvelopeSchema = z.object({
  status: z.object({
    online: z.boolean(),
    lastSeenAt: isoDate.optional(),
    wifiSignal: z.enum(['STRONG', 'WEAK', 'NONE']).optional(),
    softwareUpdatePending: z.boolean().optional(),
    remoteBatteryLow: z.boolean().optional(),
    batteryPercent: z.number().min(0).max(100).optional(),
    lastSyncedAt: isoDate.optional(),
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
