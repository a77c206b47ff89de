import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { memoryContactStore } from '../../lambda/adapters/memory/memory-contact-store';
import { recordingLog } from '../../lambda/observability/log';
import { fixedClock } from '../support/fixed-clock';
import { remindersNotConfigured, type CallbackReminders } from '../../lambda/ports/callback-reminders';
import type { ContactStore } from '../../lambda/ports/contact-store';
import { queueApiApp } from '../../lambda/queue-api/express-app';
import type { QueueApiDeps } from '../../lambda/queue-api/queue-api';

export const TOKENS = {
  ECHO: 'echo-team-token-0123456789abcdef',
  FIRE_TV: 'fire-tv-team-token-0123456789abcdef',
  KINDLE: 'kindle-team-token-0123456789abcdef',
};
/** Monday 10:05 in Los Angeles: the 10:00 callbacks are due. */
export const NOW = new Date('2026-11-23T18:05:00.000Z');

/** The queue API's dependencies on an in-memory store, a fixed clock and a recording log. */
export function queueDeps(contacts: ContactStore = memoryContactStore(), reminders: CallbackReminders = remindersNotConfigured): QueueApiDeps & { log: ReturnType<typeof recordingLog> } {
  return { contacts, reminders, clock: fixedClock(NOW), log: recordingLog(), tokens: TOKENS, policy: { maxAttempts: 2, retryAfterMinutes: 30 } };
}

/** The express app on 127.0.0.1 at a free port; `call` sends JSON with a team token. */
export async function serveQueueApi(deps: QueueApiDeps): Promise<{ url: string; close: () => Promise<void>; call: Caller }> {
  const server = await new Promise<Server>((resolve) => {
    const s = queueApiApp(deps).listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call: Caller = async (method, path, { token, body } = {}) => {
    const res = await fetch(url + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return { url, call, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export type Caller = (
  method: string,
  path: string,
  options?: { token?: string; body?: unknown },
) => Promise<{ status: number; headers: Headers; body: any }>; // the JSON as the tests read it
