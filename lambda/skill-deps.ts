import type { services } from 'ask-sdk-model';
import type { Log } from './observability/log';
import type { Metrics } from './observability/metrics';
import type { AccountDirectory, DeviceStatusService, OrderService } from './ports/backend';
import type { Clock } from './ports/clock';
import type { ContactStore } from './ports/contact-store';
import type { ProgressStore } from './ports/progress-store';
import type { TeamStatusSource } from './ports/team-status';

/** Everything the skill needs from outside, chosen by whoever assembles it (Lambda, simulator, tests). */
export interface SkillDeps {
  accounts: AccountDirectory;
  deviceStatus: DeviceStatusService;
  orders: OrderService;
  clock: Clock;
  /** Conversations left part-way, offered again next session. */
  progress: ProgressStore;
  /** Callbacks and chats for the teams. */
  contacts: ContactStore;
  /** Upper bound for one contact-store call when a contact centre sits behind the store (it calls on); else backendTimeoutMs. */
  contactTimeoutMs?: number;
  /** The contact centre's live hours and queue (Amazon Connect); without it the team settings and the desk's queue serve. */
  teamStatus?: TeamStatusSource;
  /** Reaches Alexa's service APIs (Device Settings, Customer Profile, Reminders, progressive responses). */
  apiClient: services.ApiClient;
  log: Log;
  /** Counts requests, hand-offs, fixes and errors; flushed once per invocation. */
  metrics: Metrics;
  /** Picks among speech variants; fixed in tests so answers are repeatable. */
  random: () => number;
  /** When set, requests for any other skill are refused. */
  skillId?: string;
  /** Upper bound for one backend call, so a reply always lands well inside Alexa's 8 seconds. */
  backendTimeoutMs: number;
}
