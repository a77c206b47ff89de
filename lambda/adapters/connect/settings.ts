import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { TEAMS, type Team } from '../../domain/support/channel';

// zod/mini ships without messages: a misconfigured function should say what is wrong ("Invalid UUID"), not "Invalid input".
z.config(en());

/** A Connect resource id (flow, queue, hours of operation): a UUID. */
const ConnectId = z.uuid();

/** One team in Amazon Connect: the flows its callbacks and chats enter, its queue, and its hours. */
const ConnectTeamSchema = z.object({
  /** The task flow a callback enters; it transfers the task to the team's queue (infrastructure/connect-flows/). */
  taskFlowId: ConnectId,
  /** The chat flow a chat enters (the same transfer, for chats). */
  chatFlowId: ConnectId,
  /** The team's queue: its contacts waiting and agents available give the spoken wait. */
  queueId: ConnectId,
  /** The team's hours in Connect; without it the team's own settings say when it is open. */
  hoursOfOperationId: z.optional(z.union([ConnectId, z.pipe(z.literal(''), z.transform(() => undefined))])),
});
export type ConnectTeam = z.infer<typeof ConnectTeamSchema>;

/** Everything the Connect companion needs, validated when the function starts (a typo must not look like an outage). */
export const ConnectSettingsSchema = z.object({
  instanceId: ConnectId,
  teams: z.record(z.enum(TEAMS), ConnectTeamSchema),
  /** The teams' console (the queue API's base URL): each task links to its contact there. */
  consoleUrl: z.url({ protocol: /^https?$/ }),
  /** The page customers open to chat (served with the console); the link carries a single-use token. */
  chatPageUrl: z.url({ protocol: /^https?$/ }),
  /** Minutes a chat link stays usable. */
  chatLinkMinutes: z.int().check(z.positive(), z.maximum(24 * 60)),
  /** The hand-over function EventBridge Scheduler invokes for callbacks further out than Connect schedules. */
  handOver: z.object({
    functionArn: z.string().check(z.startsWith('arn:')),
    /** The role Scheduler assumes to invoke it. */
    roleArn: z.string().check(z.startsWith('arn:')),
    groupName: z.string().check(z.regex(/^[0-9a-zA-Z-_.]{1,64}$/)),
  }),
  /** Upper bound for one Connect or Scheduler call. */
  timeoutMs: z.int().check(z.positive()),
});
export type ConnectSettings = z.infer<typeof ConnectSettingsSchema>;

/**
 * The Connect settings from the environment, or undefined when CONNECT_INSTANCE_ID is not set (the skill's
 * own store then works alone). CONNECT_TEAMS is JSON: `{"ECHO":{"taskFlowId":…,"chatFlowId":…,"queueId":…}, …}`.
 */
export function connectSettingsFrom(env: NodeJS.ProcessEnv, backendTimeoutMs: number): ConnectSettings | undefined {
  const instanceId = env.CONNECT_INSTANCE_ID?.trim();
  if (!instanceId) return undefined;
  const parsed = ConnectSettingsSchema.safeParse({
    instanceId,
    teams: parseJson('CONNECT_TEAMS', env.CONNECT_TEAMS),
    consoleUrl: env.CONSOLE_URL?.trim(),
    chatPageUrl: env.CHAT_PAGE_URL?.trim(),
    chatLinkMinutes: Number(env.CHAT_LINK_MINUTES?.trim() || 60),
    handOver: { functionArn: env.HANDOVER_FUNCTION_ARN?.trim(), roleArn: env.HANDOVER_ROLE_ARN?.trim(), groupName: env.HANDOVER_SCHEDULE_GROUP?.trim() || 'default' },
    timeoutMs: Math.min(800, backendTimeoutMs),
  });
  if (!parsed.success) throw new Error(`Connect settings: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function parseJson(name: string, value: string | undefined): unknown {
  try {
    return JSON.parse(value ?? '');
  } catch {
    throw new Error(`${name} is not JSON`);
  }
}

/** A team's Connect resources (every team is configured: the schema insists). */
export const connectTeam = (settings: ConnectSettings, team: Team): ConnectTeam => settings.teams[team];
