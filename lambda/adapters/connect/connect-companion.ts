import { ConnectClient } from '@aws-sdk/client-connect';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { Log } from '../../observability/log';
import type { Clock } from '../../ports/clock';
import type { ContactStore } from '../../ports/contact-store';
import type { TeamStatusSource } from '../../ports/team-status';
import { documentClient } from '../dynamodb/documents';
import { connectCallbacks } from './connect-callbacks';
import { connectContactEngine } from './connect-contact-engine';
import { connectTeamStatus } from './connect-team-status';
import { dynamoConnectRecords } from './dynamo-records';
import { memoryConnectRecords, type ConnectRecords } from './records';
import { connectSettingsFrom, type ConnectSettings } from './settings';

/** Retries are the companion's own (same client token, within its deadline), so the SDK tries once. */
const clientConfig = (timeoutMs: number) => ({ maxAttempts: 1, requestHandler: { requestTimeout: timeoutMs, connectionTimeout: timeoutMs } });

export interface ConnectParts {
  settings: ConnectSettings;
  connect: ConnectClient;
  scheduler: SchedulerClient;
  records: ConnectRecords;
}

/** The Connect and Scheduler clients (the function's role and region) and the records, in TABLE_NAME or in memory. */
export function connectParts(env: NodeJS.ProcessEnv, backendTimeoutMs: number): ConnectParts | undefined {
  const settings = connectSettingsFrom(env, backendTimeoutMs);
  if (!settings) return undefined;
  const tableName = env.TABLE_NAME?.trim();
  return {
    settings,
    connect: new ConnectClient(clientConfig(settings.timeoutMs)),
    scheduler: new SchedulerClient(clientConfig(settings.timeoutMs)),
    records: tableName ? dynamoConnectRecords({ documents: documentClient(backendTimeoutMs), tableName, timeoutMs: backendTimeoutMs }) : memoryConnectRecords(),
  };
}

/**
 * What the skill gets when Amazon Connect is configured: its contact store with Connect behind it, Connect's
 * live view of the teams, and a longer bound on contact-store calls, which now wait for Connect too.
 */
export function connectCompanion(parts: ConnectParts, skill: { contacts: ContactStore; clock: Clock; log: Log; backendTimeoutMs: number }): {
  contacts: ContactStore;
  teamStatus: TeamStatusSource;
  contactTimeoutMs: number;
} {
  const { settings, connect, scheduler, records } = parts;
  const { clock, log } = skill;
  const callbacks = connectCallbacks({ connect, scheduler, records, settings, clock, log });
  return {
    contacts: connectContactEngine({ store: skill.contacts, callbacks, records, settings, clock, log }),
    teamStatus: connectTeamStatus({ connect, settings, log }),
    contactTimeoutMs: skill.backendTimeoutMs + 3 * settings.timeoutMs,
  };
}
