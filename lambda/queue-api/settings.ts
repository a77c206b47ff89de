import * as z from 'zod';
import { TEAMS, type Team } from '../domain/support/channel';
import type { RetryPolicy } from '../ports/contact-store';

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
});

export interface QueueSettings {
  tokens: TeamTokens;
  policy: RetryPolicy;
}

/** What the queue API's own Lambda reads besides: where the contacts are, and how long one store call may take. */
export interface QueueFunctionSettings extends QueueSettings {
  tableName?: string;
  timeoutMs: number;
}

/**
 * The queue API's settings: QUEUE_API_TOKENS (JSON, team → token), QUEUE_MAX_ATTEMPTS and
 * QUEUE_RETRY_AFTER_MINUTES; for its own Lambda also TABLE_NAME and BACKEND_TIMEOUT_MS. Throws naming the
 * setting at fault, never echoing a token.
 */
export function queueSettingsFrom(env: NodeJS.ProcessEnv): QueueFunctionSettings {
  const parsed = SettingsSchema.safeParse({
    QUEUE_API_TOKENS: env.QUEUE_API_TOKENS || undefined,
    QUEUE_MAX_ATTEMPTS: env.QUEUE_MAX_ATTEMPTS || undefined,
    QUEUE_RETRY_AFTER_MINUTES: env.QUEUE_RETRY_AFTER_MINUTES || undefined,
    TABLE_NAME: env.TABLE_NAME || undefined,
    BACKEND_TIMEOUT_MS: env.BACKEND_TIMEOUT_MS || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`queue API settings: ${problems.join('; ')}`);
  }
  const settings = parsed.data;
  return {
    tokens: settings.QUEUE_API_TOKENS,
    policy: { maxAttempts: settings.QUEUE_MAX_ATTEMPTS, retryAfterMinutes: settings.QUEUE_RETRY_AFTER_MINUTES },
    tableName: settings.TABLE_NAME,
    timeoutMs: settings.BACKEND_TIMEOUT_MS,
  };
}
