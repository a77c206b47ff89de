import * as z from 'zod';
import { TEAMS, type Team } from '../domain/support/channel';
import { outOfSessionReminders, type SkillCredentials } from '../alexa/out-of-session-reminders';
import { remindersNotConfigured, type CallbackReminders } from '../ports/callback-reminders';
import type { Clock } from '../ports/clock';
import type { RetryPolicy } from '../domain/contacts/contact';

/** Each team's bearer token. A token names exactly one team. */
export type TeamTokens = Partial<Record<Team, string>>;

const TokensSchema = z
  .partialRecord(z.enum(TEAMS), z.string().min(24, 'a token needs at least 24 characters'))
  .refine((tokens) => new Set(Object.values(tokens)).size === Object.keys(tokens).length, 'two teams share a token');

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const SettingsSchema = z.object({
  QUEUE_API_TOKENS: z
    .string()
    .default('{}')
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(TokensSchema),
  QUEUE_MAX_ATTEMPTS: positiveInteger(3),
  QUEUE_RETRY_AFTER_MINUTES: positiveInteger(30),
  TABLE_NAME: z.string().trim().min(1).optional(),
  BACKEND_TIMEOUT_MS: positiveInteger(2500),
  ALEXA_CLIENT_ID: z.string().trim().min(1).optional(),
  ALEXA_CLIENT_SECRET: z.string().trim().min(1).optional(),
  ALEXA_API_ENDPOINT: z.url({ protocol: /^https$/ }).optional(),
});

export interface QueueSettings {
  tokens: TeamTokens;
  policy: RetryPolicy;
  /** How to reach Alexa out of session to move customers' reminders; without it they stay where they are. */
  alexa?: { credentials: SkillCredentials; apiEndpoint?: string };
}

/** The reminders port the settings give: Alexa's Reminders API out of session, or none. */
export function callbackRemindersFrom(settings: QueueSettings, clock: Clock, timeoutMs: number): CallbackReminders {
  return settings.alexa ? outOfSessionReminders({ ...settings.alexa, clock, timeoutMs }) : remindersNotConfigured;
}

/** What the queue API's own Lambda reads besides: where the contacts are, and how long one store call may take. */
export interface QueueFunctionSettings extends QueueSettings {
  tableName?: string;
  timeoutMs: number;
}

/**
 * The queue API's settings: QUEUE_API_TOKENS (JSON, team → token), QUEUE_MAX_ATTEMPTS and
 * QUEUE_RETRY_AFTER_MINUTES; ALEXA_CLIENT_ID and ALEXA_CLIENT_SECRET (both or neither) and ALEXA_API_ENDPOINT to
 * move reminders; for its own Lambda also TABLE_NAME and BACKEND_TIMEOUT_MS. Throws naming the setting at
 * fault, never echoing a token or secret.
 */
export function queueSettingsFrom(env: NodeJS.ProcessEnv): QueueFunctionSettings {
  const parsed = SettingsSchema.safeParse({
    QUEUE_API_TOKENS: env.QUEUE_API_TOKENS || undefined,
    QUEUE_MAX_ATTEMPTS: env.QUEUE_MAX_ATTEMPTS || undefined,
    QUEUE_RETRY_AFTER_MINUTES: env.QUEUE_RETRY_AFTER_MINUTES || undefined,
    TABLE_NAME: env.TABLE_NAME || undefined,
    BACKEND_TIMEOUT_MS: env.BACKEND_TIMEOUT_MS || undefined,
    ALEXA_CLIENT_ID: env.ALEXA_CLIENT_ID || undefined,
    ALEXA_CLIENT_SECRET: env.ALEXA_CLIENT_SECRET || undefined,
    ALEXA_API_ENDPOINT: env.ALEXA_API_ENDPOINT || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`queue API settings: ${problems.join('; ')}`);
  }
  const settings = parsed.data;
  const { ALEXA_CLIENT_ID: clientId, ALEXA_CLIENT_SECRET: clientSecret } = settings;
  if (Boolean(clientId) !== Boolean(clientSecret)) throw new Error('queue API settings: ALEXA_CLIENT_ID and ALEXA_CLIENT_SECRET go together');
  return {
    ...(clientId && clientSecret ? { alexa: { credentials: { clientId, clientSecret }, apiEndpoint: settings.ALEXA_API_ENDPOINT } } : {}),
    tokens: settings.QUEUE_API_TOKENS,
    policy: { maxAttempts: settings.QUEUE_MAX_ATTEMPTS, retryAfterMinutes: settings.QUEUE_RETRY_AFTER_MINUTES },
    tableName: settings.TABLE_NAME,
    timeoutMs: settings.BACKEND_TIMEOUT_MS,
  };
}
