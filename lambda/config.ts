import { DefaultApiClient } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { DemoBackend } from './adapters/demo/demo-backend';
import { powertoolsLog, type Log } from './observability/log';
import { powertoolsMetrics, type Metrics } from './observability/metrics';
import type { Clock } from './ports/clock';
import { systemClock } from './adapters/system-clock';
import { onFirstUse } from './util/on-first-use';
import type { ContactStore } from './ports/contact-store';
import { memoryProgressStore, type ProgressStore } from './ports/progress-store';
import type { SkillDeps } from './skill-deps';

/** The settings an operator can give the function, all optional: with none, the demo backend serves. */
export interface Settings {
  /** Refuse requests for any other skill (SKILL_ID). */
  skillId?: string;
  /** Upper bound for one backend call in milliseconds (BACKEND_TIMEOUT_MS, default 2500). */
  backendTimeoutMs: number;
  /** The order service's base URL (ORDERS_API_URL); without it the demo orders serve. */
  ordersApiUrl?: string;
  /** The account service's base URL (ACCOUNTS_API_URL): linked accounts, their devices and device status; demo without it. */
  accountsApiUrl?: string;
  /** The DynamoDB table of callbacks, chats and saved progress (TABLE_NAME); in memory without it. */
  tableName?: string;
}

export function settingsFrom(env: NodeJS.ProcessEnv): Settings {
  const timeout = Number(env.BACKEND_TIMEOUT_MS);
  return {
    skillId: env.SKILL_ID?.trim() || undefined,
    backendTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 2500,
    ordersApiUrl: serviceUrl('ORDERS_API_URL', env.ORDERS_API_URL),
    accountsApiUrl: serviceUrl('ACCOUNTS_API_URL', env.ACCOUNTS_API_URL),
    tableName: env.TABLE_NAME?.trim() || undefined,
  };
}

/** A configured service URL, refused at start-up when it is not one (a typo must not look like an outage). */
function serviceUrl(name: string, value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!URL.canParse(trimmed) || !/^https?:$/.test(new URL(trimmed).protocol)) throw new Error(`${name} is not an http(s) URL`);
  return trimmed;
}

/** What differs between the places the skill runs: where Alexa's APIs are answered, and where logs go. */
export interface Runtime {
  settings: Settings;
  clock?: Clock;
  apiClient?: services.ApiClient;
  log?: Log;
  metrics?: Metrics;
  random?: () => number;
  backend?: DemoBackend;
  progress?: ProgressStore;
  contacts?: ContactStore;
}

/** Assembles the skill's dependencies; defaults are production's (real Alexa APIs, JSON logs). */
export function assembleDeps(runtime: Runtime): SkillDeps {
  const clock = runtime.clock ?? systemClock;
  const demo = runtime.backend ?? onFirstUse(() => demoBackend(clock));
  const { settings } = runtime;
  const accountService = settings.accountsApiUrl
    ? httpAdapters().httpAccounts({ baseUrl: settings.accountsApiUrl, timeoutMs: settings.backendTimeoutMs })
    : { accounts: onFirstUse(() => demo.accounts), deviceStatus: onFirstUse(() => demo.deviceStatus) };
  return {
    accounts: accountService.accounts,
    deviceStatus: accountService.deviceStatus,
    orders: settings.ordersApiUrl
      ? httpAdapters().httpOrders({ baseUrl: settings.ordersApiUrl, timeoutMs: settings.backendTimeoutMs })
      : onFirstUse(() => demo.orders),
    clock,
    progress: runtime.progress ?? memoryProgressStore(),
    contacts: runtime.contacts ?? onFirstUse(memoryContactStore),
    apiClient: runtime.apiClient ?? new DefaultApiClient(),
    log: runtime.log ?? powertoolsLog(),
    metrics: runtime.metrics ?? powertoolsMetrics(),
    random: runtime.random ?? Math.random,
    skillId: settings.skillId,
    backendTimeoutMs: settings.backendTimeoutMs,
  };
}

/** Production wiring from the function's environment. */
export function depsFromEnvironment(env: NodeJS.ProcessEnv): SkillDeps {
  const settings = settingsFrom(env);
  const stores = settings.tableName ? dynamoStoresOnFirstUse(settings.tableName, settings.backendTimeoutMs) : {};
  const deps = assembleDeps({ settings, ...stores });
  return env.CONNECT_INSTANCE_ID?.trim() ? { ...deps, ...withConnect(env, deps) } : deps;
}

/** Amazon Connect behind the contact store (CONNECT_INSTANCE_ID); loaded only then, with the AWS SDK it needs. */
function withConnect(env: NodeJS.ProcessEnv, deps: SkillDeps): Partial<SkillDeps> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const connect = require('./adapters/connect/connect-companion') as typeof import('./adapters/connect/connect-companion');
  const parts = connect.connectParts(env, deps.backendTimeoutMs);
  return parts ? connect.connectCompanion(parts, deps) : {};
}

/** The account and order services over HTTP, loaded only when their URLs are configured (with their response schemas). */
function httpAdapters() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./adapters/http') as typeof import('./adapters/http');
}

/** The embedded demo backend (no service URLs configured), loaded with its customers on the first turn that reads one. */
function demoBackend(clock: Clock): DemoBackend {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./adapters/demo/demo-backend') as typeof import('./adapters/demo/demo-backend')).createDemoBackend(clock);
}

/** The contact store in memory (no table configured), loaded with the routing rules it applies on first use. */
function memoryContactStore(): ContactStore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./adapters/memory/memory-contact-store') as typeof import('./adapters/memory/memory-contact-store')).memoryContactStore();
}

/**
 * The DynamoDB stores when a table is configured, loaded with the AWS SDK (the Lambda runtime's own) on the
 * first turn that reads or writes one.
 */
function dynamoStoresOnFirstUse(tableName: string, timeoutMs: number): { progress: ProgressStore; contacts: ContactStore } {
  let stores: ReturnType<typeof import('./adapters/dynamodb/dynamo-stores').dynamoStores> | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = () => (stores ??= (require('./adapters/dynamodb/dynamo-stores') as typeof import('./adapters/dynamodb/dynamo-stores')).dynamoStores({ tableName, timeoutMs }));
  return { progress: onFirstUse(() => load().progress), contacts: onFirstUse(() => load().contacts) };
}
