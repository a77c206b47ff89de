import type { DeviceFamily, DeviceStatus } from '../model';

/** What a device's status can tell the diagnosis, each with its own "let's fix this first" step. */
export const STATUS_CONDITIONS = ['OFFLINE', 'WEAK_WIFI', 'UPDATE_PENDING', 'REMOTE_BATTERY_LOW', 'BATTERY_LOW', 'NOT_SYNCED'] as const;
export type StatusCondition = (typeof STATUS_CONDITIONS)[number];

/** Below this a battery is worth charging before anything else. */
const LOW_BATTERY_PERCENT = 15;
const DAY_MS = 86_400_000;
/** A Kindle that has not synced for this long is behind on books and settings. */
const STALE_SYNC_DAYS = 3;

/** The status in the terms the diagnosis and the team use. */
export interface StatusFacts {
  conditions: StatusCondition[];
  /** Whole days since the last sync, when the device reports syncing. */
  daysSinceSync?: number;
  batteryPercent?: number;
  /** For the team, in plain words: "online, last seen 5 minutes ago; software update pending". */
  plain: string;
}

/**
 * Reads a status for what matters to a fix. A Kindle only checks in when it syncs, so being offline is
 * normal for it and not a condition.
 */
export function statusFacts(family: DeviceFamily, status: DeviceStatus, now: Date): StatusFacts {
  const conditions: StatusCondition[] = [];
  if (!status.online && family !== 'KINDLE') conditions.push('OFFLINE');
  if (status.wifiSignal === 'WEAK' || status.wifiSignal === 'NONE') conditions.push('WEAK_WIFI');
  if (status.softwareUpdatePending) conditions.push('UPDATE_PENDING');
  if (status.remoteBatteryLow) conditions.push('REMOTE_BATTERY_LOW');
  if (status.batteryPercent !== undefined && status.batteryPercent < LOW_BATTERY_PERCENT) conditions.push('BATTERY_LOW');
  const daysSinceSync = status.lastSyncedAt ? Math.floor((now.getTime() - status.lastSyncedAt.getTime()) / DAY_MS) : undefined;
  if (daysSinceSync !== undefined && daysSinceSync >= STALE_SYNC_DAYS) conditions.push('NOT_SYNCED');
  return { conditions, daysSinceSync, batteryPercent: status.batteryPercent, plain: plainStatus(status, now) };
}

function ago(then: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - then.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** The status in plain words for the team's summary. */
export function plainStatus(status: DeviceStatus, now: Date): string {
  const parts = [status.online ? 'online' : 'offline'];
  if (status.lastSeenAt) parts[0] += `, last seen ${ago(status.lastSeenAt, now)}`;
  if (status.wifiSignal) parts.push(`Wi-Fi signal ${status.wifiSignal === 'NONE' ? 'none' : status.wifiSignal.toLowerCase()}`);
  if (status.softwareUpdatePending) parts.push('software update pending');
  if (status.remoteBatteryLow) parts.push('remote battery low');
  if (status.batteryPercent !== undefined) parts.push(`battery ${status.batteryPercent}%`);
  if (status.lastSyncedAt) parts.push(`last synced ${ago(status.lastSyncedAt, now)}`);
  return parts.join('; ');
}
