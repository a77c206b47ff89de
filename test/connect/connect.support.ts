import { ConnectClient } from '@aws-sdk/client-connect';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { connectCallbacks } from '../../lambda/adapters/connect/connect-callbacks';
import { connectContactEngine } from '../../lambda/adapters/connect/connect-contact-engine';
import { memoryConnectRecords } from '../../lambda/adapters/connect/records';
import type { ConnectSettings } from '../../lambda/adapters/connect/settings';
import { memoryContactStore } from '../../lambda/adapters/memory/memory-contact-store';
import { recordingLog } from '../../lambda/observability/log';
import { fixedClock } from '../support/fixed-clock';

export const INSTANCE_ID = '11111111-1111-4111-8111-111111111111';
const team = (n: number) => ({
  taskFlowId: `2222222${n}-2222-4222-8222-222222222222`,
  chatFlowId: `3333333${n}-3333-4333-8333-333333333333`,
  queueId: `4444444${n}-4444-4444-8444-444444444444`,
  hoursOfOperationId: `5555555${n}-5555-4555-8555-555555555555`,
});

/** A Connect instance with every team configured; calls time out after 50 ms so the fault tests run fast. */
export const SETTINGS: ConnectSettings = {
  instanceId: INSTANCE_ID,
  teams: { ECHO: team(1), FIRE_TV: team(2), KINDLE: team(3), ORDERS: team(4) },
  consoleUrl: 'https://queue.devicehelpdesk.example.com',
  chatPageUrl: 'https://queue.devicehelpdesk.example.com/chat/',
  chatLinkMinutes: 60,
  handOver: {
    functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:desk-hand-over',
    roleArn: 'arn:aws:iam::123456789012:role/desk-scheduler',
    groupName: 'device-help-desk',
  },
  timeoutMs: 50,
};

/** An AWS error as the SDK throws it. */
export const awsError = (name: string, status = 400): Error => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
/** A call that never answers (the per-attempt timeout ends it). */
export const hangs = () => new Promise(() => undefined);

/** The Connect companion over the in-memory store, with the Connect and Scheduler clients mocked at the command level. */
export function connectedStore(now: string) {
  const connectMock = mockClient(ConnectClient);
  const schedulerMock = mockClient(SchedulerClient);
  const clock = fixedClock(new Date(now));
  const log = recordingLog();
  const store = memoryContactStore();
  const records = memoryConnectRecords();
  const callbacks = connectCallbacks({
    connect: new ConnectClient({ region: 'us-east-1' }),
    scheduler: new SchedulerClient({ region: 'us-east-1' }),
    records,
    settings: SETTINGS,
    clock,
    log,
  });
  const engine = connectContactEngine({ store, callbacks, records, settings: SETTINGS, clock, log });
  return { connectMock, schedulerMock, clock, log, store, records, callbacks, engine };
}
