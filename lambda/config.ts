import { DefaultApiClient } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { createDemoBackend, type DemoBackend } from './adapters/demo/demo-backend';
import { powertoolsLog, type Log } from './observability/log';
import { powertoolsMetrics, type Metrics } from './observability/metrics';
import { systemClock, type Clock } from './ports/clock';
import { memoryContactStore } from './adapters/memory/memory-contact-store';
import type { ContactStore } from './ports/contact-store';
import { memoryProgressStore, type ProgressStore } from './ports/progress-store';
import type { SkillDeps } from './skill-deps';

/** The settings an operator can give the function, all optional: with none, the demo backend serves. */
export interface Settings {
  /** Refuse requests for any other skill (SKILL_ID). */
  skillId?: string;
  /** Upper bound for one backend call in milliseconds (BACKEND_TIMEOUT_MS, default 2500). */
  backendTimeoutMs: number;
}

export function settingsFrom(env: NodeJS.ProcessEnv): Settings {
  const timeout = Number(env.BACKEND_TIMEOUT_MS);
  return {
    skillId: env.SKILL_ID?.trim() || undefined,
    backendTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 2500,
  };
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
  const backend = runtime.backend ?? createDemoBackend(clock);
  return {
    accounts: backend.accounts,
    deviceStatus: backend.deviceStatus,
    orders: backend.orders,
    clock,
    progress: runtime.progress ?? memoryProgressStore(),
    contacts: runtime.contacts ?? memoryContactStore(),
    apiClient: runtime.apiClient ?? new DefaultApiClient(),
    log: runtime.log ?? powertoolsLog(),
    metrics: runtime.metrics ?? powertoolsMetrics(),
    random: runtime.random ?? Math.random,
    skillId: runtime.settings.skillId,
    backendTimeoutMs: runtime.settings.backendTimeoutMs,
  };
}

/** Production wiring from the function's environment. */
export function depsFromEnvironment(env: NodeJS.ProcessEnv): SkillDeps {
  return assembleDeps({ settings: settingsFrom(env) });
}
