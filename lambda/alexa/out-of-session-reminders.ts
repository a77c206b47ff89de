import type { CallbackReminders } from '../ports/callback-reminders';
import type { Clock } from '../ports/clock';
import { callbackReminderRequest } from './reminders';

/** The skill's own Login with Amazon credentials (developer console, Build, Permissions: Alexa Skill Messaging). */
export interface SkillCredentials {
  clientId: string;
  clientSecret: string;
}

/** Alexa's API in North America; Europe and the Far East have their own (ALEXA_API_ENDPOINT). */
export const DEFAULT_ALEXA_API = 'https://api.amazonalexa.com';
const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';
/** A token is renewed this long before it expires. */
const TOKEN_MARGIN_MS = 60_000;
/** Callbacks keep no locale; the skill speaks en-US only. */
const REMINDER_LOCALE = 'en-US';

/**
 * Moves callback reminders out of session: the Reminders API takes updates (not creations) with the skill's
 * own access token, from Login with Amazon's client-credentials grant (scope alexa:skill_messaging).
 */
export function outOfSessionReminders(options: { credentials: SkillCredentials; apiEndpoint?: string; clock: Clock; timeoutMs: number; tokenUrl?: string }): CallbackReminders {
  const api = (options.apiEndpoint ?? DEFAULT_ALEXA_API).replace(/\/+$/, '');
  let cached: { token: string; renewAt: number } | undefined;

  const accessToken = async (): Promise<string> => {
    if (cached && cached.renewAt > Date.now()) return cached.token;
    const res = await fetch(options.tokenUrl ?? LWA_TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: options.credentials.clientId, client_secret: options.credentials.clientSecret, scope: 'alexa:skill_messaging' }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!res.ok) throw new Error(`access token: HTTP ${res.status}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, renewAt: Date.now() + body.expires_in * 1000 - TOKEN_MARGIN_MS };
    return cached.token;
  };

  return {
    async move(callback) {
      try {
        const { request } = callbackReminderRequest(callback.scheduledFor, options.clock.now(), callback.timeZone, REMINDER_LOCALE);
        const res = await fetch(`${api}/v1/alerts/reminders/${encodeURIComponent(callback.reminderAlertToken)}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${await accessToken()}`, 'content-type': 'application/json' },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        return res.ok;
      } catch {
        return false;
      }
    },
  };
}
