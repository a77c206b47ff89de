import { createHash } from 'node:crypto';
import * as z from 'zod';
import { UnsupportedOutcomeError } from '../domain/contacts/lifecycle';
import { handoffSummary } from '../domain/handoff-summary';
import type { Log } from '../observability/log';
import type { CallbackReminders } from '../ports/callback-reminders';
import { firstFreeSlots } from '../domain/routing/free-slots';
import { BOOKING_HORIZON_DAYS, CALLBACK_LEAD_MINUTES, slotStarts } from '../domain/routing/schedule';
import { teamSettings } from '../domain/routing/teams';
import type { Clock } from '../ports/clock';
import { ContactConflictError, type ContactRequest, type Outcome } from '../domain/contacts/contact';
import { StoreUnavailableError, type ContactStore } from '../ports/contact-store';
import { problem, type ApiResponse } from '../http/problem';
import { teamOfBearer } from './auth';
import type { QueueSettings } from './settings';

/** What the queue API needs, whichever way it is served (express or Lambda). */
export interface QueueApiDeps extends QueueSettings {
  contacts: ContactStore;
  /** Moves a customer's reminder when an outcome moves their callback. */
  reminders: CallbackReminders;
  clock: Clock;
  log: Log;
}

/** The API's operations, with their paths in express's `:param` form (the OpenAPI document lists the same). */
export const ROUTES = [
  { operation: 'listQueue', method: 'GET', path: '/queue/teams/:team/contacts' },
  { operation: 'getContact', method: 'GET', path: '/queue/teams/:team/contacts/:id' },
  { operation: 'claimContact', method: 'POST', path: '/queue/teams/:team/contacts/:id/claim' },
  { operation: 'releaseContact', method: 'POST', path: '/queue/teams/:team/contacts/:id/release' },
  { operation: 'recordOutcome', method: 'POST', path: '/queue/teams/:team/contacts/:id/outcome' },
  { operation: 'listFreeSlots', method: 'GET', path: '/queue/teams/:team/slots' },
] as const;
export type Route = (typeof ROUTES)[number];

/** One request, as either server hands it over: the body still raw, so authorization comes before parsing. */
export interface ApiRequest {
  authorization?: string;
  /** The ETag the client holds, for a 304 when nothing changed. */
  ifNoneMatch?: string;
  params: Record<string, string>;
  body?: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const ok = (body: unknown): ApiResponse => ({ status: 200, headers: JSON_TYPE, body });

/** How many free slots a team is offered to reschedule into. */
const FREE_SLOTS_LISTED = 48;

const Id = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'must be 1 to 128 letters, digits, dots, colons, hyphens or underscores');
const Agent = z.string().trim().min(1).max(100);
const Note = z.string().trim().max(2000).optional();
const ClaimBody = z.strictObject({ agent: Agent });
const finished = (outcome: 'RESOLVED' | 'CANCELLED' | 'NO_ANSWER') => z.strictObject({ outcome: z.literal(outcome), agent: Agent, note: Note });
const OutcomeBody = z.discriminatedUnion('outcome', [
  finished('RESOLVED'),
  finished('CANCELLED'),
  finished('NO_ANSWER'),
  z.strictObject({ outcome: z.literal('RESCHEDULED'), agent: Agent, note: Note, scheduledFor: z.iso.datetime({ offset: true }) }),
]);

class BadRequest extends Error {}
class SlotTaken extends Error {}
const notFound = (id: string, team: string) => problem(404, `no contact ${id} in the ${team} queue`);

function parseBody<T>(schema: z.ZodType<T>, raw: string | undefined): T {
  let json: unknown;
  try {
    json = JSON.parse(raw ?? '');
  } catch {
    throw new BadRequest('the body must be a JSON object');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BadRequest(parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return parsed.data;
}

/** Runs one operation: authenticates the team, checks the input, then asks the store. */
export async function handle(route: Route, request: ApiRequest, deps: QueueApiDeps): Promise<ApiResponse> {
  const team = teamOfBearer(request.authorization, deps.tokens);
  if (!team) {
    deps.log.warn('queue request refused', { operation: route.operation, status: 401 });
    return problem(401, 'a valid team bearer token is required', { 'www-authenticate': 'Bearer realm="queue"' });
  }
  if (request.params.team !== team) {
    deps.log.warn('queue request refused', { operation: route.operation, team, status: 403 });
    return problem(403, `this token is for the ${team} queue`);
  }
  const id = request.params.id;
  const fields = { operation: route.operation, team, id };
  try {
    const badId = id === undefined ? undefined : Id.safeParse(id).error;
    if (badId) throw new BadRequest(`id: ${badId.issues[0].message}`);
    const response = withEtag(route, request, await run(route, request, deps, team, id));
    deps.log.info('queue request', { ...fields, status: response.status, ...outcomeOf(response) });
    return response;
  } catch (error) {
    const response = failure(error, id, team);
    deps.log[response.status >= 500 ? 'error' : 'info']('queue request', { ...fields, status: response.status, error: (error as Error).name });
    return response;
  }
}

async function run(route: Route, request: ApiRequest, deps: QueueApiDeps, team: ContactRequest['team'], id: string): Promise<ApiResponse> {
  switch (route.operation) {
    case 'listQueue':
      return ok({ team, contacts: (await deps.contacts.queue(team)).map(served) });
    case 'getContact': {
      const found = await deps.contacts.get(team, id);
      return found ? ok(served(found)) : notFound(id, team);
    }
    case 'claimContact': {
      const { agent } = parseBody(ClaimBody, request.body);
      return ok(served(await deps.contacts.claim(team, id, agent)));
    }
    case 'releaseContact': {
      const { agent } = parseBody(ClaimBody, request.body);
      return ok(served(await deps.contacts.recordOutcome(team, id, { kind: 'RELEASED', agent }, deps.policy, deps.clock.now().toISOString())));
    }
    case 'listFreeSlots': {
      const slots = await freeSlotsOf(team, deps);
      return ok({ team, timeZone: teamSettings(team).timeZone, slots: slots.map((s) => s.toISOString()) });
    }
    case 'recordOutcome': {
      const body = parseBody(OutcomeBody, request.body);
      const now = deps.clock.now();
      if (body.outcome === 'RESCHEDULED') await ensureFreeSlot(team, new Date(body.scheduledFor), deps);
      const outcome: Outcome =
        body.outcome === 'RESCHEDULED'
          ? { kind: body.outcome, note: body.note, agent: body.agent, scheduledFor: new Date(body.scheduledFor).toISOString() }
          : { kind: body.outcome, note: body.note, agent: body.agent };
      const recorded = await deps.contacts.recordOutcome(team, id, outcome, deps.policy, now.toISOString());
      await moveReminder(recorded, deps);
      return ok(served(recorded));
    }
  }
}

/** A contact as the API serves it: the handoff with its summary, rendered as the teams read it everywhere. */
const served = (contact: ContactRequest) => ({ ...contact, handoff: { ...contact.handoff, summary: handoffSummary(contact.handoff) } });

/** A callback back in the queue at a (possibly) new time takes the customer's reminder with it. */
async function moveReminder(contact: ContactRequest, deps: QueueApiDeps): Promise<void> {
  if (contact.kind !== 'CALLBACK' || contact.status !== 'PENDING' || !contact.reminderAlertToken) return;
  const moved = await deps.reminders.move({ ...contact, reminderAlertToken: contact.reminderAlertToken });
  deps.log[moved ? 'info' : 'warn']('callback reminder', { id: contact.id, team: contact.team, moved });
}

/** The team's slots from now + the lead time to the booking horizon, the ones with room first `count`. */
function freeSlotsOf(team: ContactRequest['team'], deps: QueueApiDeps, from?: Date, count = FREE_SLOTS_LISTED): Promise<Date[]> {
  const now = deps.clock.now().getTime();
  const earliest = new Date(now + CALLBACK_LEAD_MINUTES * 60_000);
  const candidates = slotStarts(teamSettings(team), from && from > earliest ? from : earliest, new Date(now + BOOKING_HORIZON_DAYS * 86_400_000));
  return firstFreeSlots(candidates, teamSettings(team).callbackCapacityPerSlot, count, (batch) =>
    Promise.all(batch.map((slot) => deps.contacts.bookedInSlot(team, slot.toISOString()))),
  );
}

/** A callback is rescheduled only into one of the team's slots that still has room (checked before the write). */
async function ensureFreeSlot(team: ContactRequest['team'], at: Date, deps: QueueApiDeps): Promise<void> {
  if (at.getTime() <= deps.clock.now().getTime()) throw new BadRequest('scheduledFor: must be in the future');
  const [first] = await freeSlotsOf(team, deps, at, 1);
  if (first?.getTime() === at.getTime()) return;
  const isSlot = slotStarts(teamSettings(team), at, new Date(at.getTime() + 1)).length === 1;
  if (!isSlot) throw new BadRequest(`scheduledFor: not the start of one of the ${team} team's half-hour slots`);
  throw new SlotTaken(`the ${team} team's slot at ${at.toISOString()} is full or too soon; pick another free slot`);
}

/** A read answered 304 when the client already holds what it would get (the queue polled every few seconds). */
function withEtag(route: Route, request: ApiRequest, response: ApiResponse): ApiResponse {
  if (route.method !== 'GET' || response.status !== 200) return response;
  const etag = `"${createHash('sha256').update(JSON.stringify(response.body)).digest('base64url').slice(0, 27)}"`;
  const headers = { ...response.headers, etag, 'cache-control': 'no-cache' };
  return request.ifNoneMatch === etag ? { status: 304, headers, body: undefined } : { ...response, headers };
}

function failure(error: unknown, id: string, team: ContactRequest['team']): ApiResponse {
  if (error instanceof BadRequest) return problem(400, error.message);
  if (error instanceof SlotTaken) return problem(409, error.message);
  if (error instanceof ContactConflictError) {
    return error.status === 'MISSING' ? notFound(id, team) : problem(409, error.message);
  }
  if (error instanceof UnsupportedOutcomeError) return problem(409, error.message);
  if (error instanceof StoreUnavailableError) return problem(503, 'the queue store is unavailable; try again shortly', { 'retry-after': '2' });
  return problem(500, 'something went wrong');
}

/** For the log: the new state, never the contact's context or number. */
function outcomeOf(response: ApiResponse): Record<string, unknown> {
  const body = (response.body ?? {}) as Partial<ContactRequest> & { contacts?: unknown[] };
  if (Array.isArray(body.contacts)) return { count: body.contacts.length };
  return body.status ? { contactStatus: body.status } : {};
}

/** The route a method and path ask for, with its parameters; or why none serves it. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | { status: 404 | 405; allow?: string } {
  const allowed: string[] = [];
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method.toUpperCase()) return { route, params };
    allowed.push(route.method);
  }
  return allowed.length ? { status: 405, allow: allowed.join(', ') } : { status: 404 };
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return undefined;
      }
      if (!params[part.slice(1)]) return undefined;
    } else if (part !== got[i]) return undefined;
  }
  return params;
}

/** The answer when no route serves a method and path. */
export function unmatched(result: { status: 404 | 405; allow?: string }): ApiResponse {
  return result.status === 405 ? problem(405, 'this path does not take that method', { allow: result.allow ?? '' }) : problem(404, 'no such queue API path');
}
