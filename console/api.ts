import type { ContactRequest, Outcome } from '../lambda/domain/contacts/contact';
import type { Team } from '../lambda/domain/support/channel';

export type { ContactRequest, Team };

/** Who is signed in: the team's token, the team and the agent's own name (kept in session storage only). */
export interface Session {
  team: Team;
  token: string;
  agent: string;
}

/** The API refused: `status` and the problem document's `detail`. */
export class ApiError extends Error {
  constructor(readonly status: number, detail: string) {
    super(detail);
  }
}

const SESSION_KEY = 'device-help-desk.console';

export function storedSession(): Session | undefined {
  const text = sessionStorage.getItem(SESSION_KEY);
  return text ? (JSON.parse(text) as Session) : undefined;
}
export const keepSession = (session: Session) => sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
export const forgetSession = () => sessionStorage.removeItem(SESSION_KEY);

/** One call to the team's part of the queue API; 304 answers `undefined` (nothing changed). */
async function call<T>(session: Session, path: string, options: { body?: unknown; etag?: string; onEtag?: (etag: string) => void } = {}): Promise<T | undefined> {
  const headers: Record<string, string> = { authorization: `Bearer ${session.token}` };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`/queue/teams/${session.team}${path}`, {
    method: options.body === undefined ? 'GET' : 'POST',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    cache: 'no-store',
  });
  if (res.status === 304) return undefined;
  const json = (await res.json().catch(() => ({}))) as { detail?: string };
  if (!res.ok) throw new ApiError(res.status, json.detail ?? res.statusText);
  options.onEtag?.(res.headers.get('etag') ?? '');
  return json as T;
}

/** A read that remembers its ETag, so polling costs a bodyless 304 while nothing changes. */
export function poller<T>(session: Session, path: string): () => Promise<T | undefined> {
  let etag: string | undefined;
  return () => call<T>(session, path, { etag, onEtag: (e) => (etag = e) });
}

export const queue = (session: Session) => call<{ contacts: ContactRequest[] }>(session, '/contacts');
export const contact = (session: Session, id: string) => call<ContactRequest>(session, `/contacts/${encodeURIComponent(id)}`);
export const freeSlots = (session: Session) => call<{ timeZone: string; slots: string[] }>(session, '/slots');

const post = (session: Session, id: string, action: string, body: object) =>
  call<ContactRequest>(session, `/contacts/${encodeURIComponent(id)}/${action}`, { body: { agent: session.agent, ...body } }) as Promise<ContactRequest>;

export const claim = (session: Session, id: string) => post(session, id, 'claim', {});
export const release = (session: Session, id: string) => post(session, id, 'release', {});
export type AgentOutcome = Exclude<Outcome, { kind: 'RELEASED' }>;
export const recordOutcome = (session: Session, id: string, { kind, ...rest }: AgentOutcome) => post(session, id, 'outcome', { outcome: kind, ...rest });
