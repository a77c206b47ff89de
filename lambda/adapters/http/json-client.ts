import * as z from 'zod/mini';
import { AccessDeniedError, BackendUnavailableError } from '../../ports/backend';

/** An ISO 8601 instant with its offset, as the services send times; parsed into a Date. */
export const isoDate = z.pipe(z.iso.datetime({ offset: true }), z.transform((value: string) => new Date(value)));

export interface JsonClientOptions {
  /** The service's base URL, e.g. https://orders.example.com/v1. */
  baseUrl: string;
  /** Upper bound for one call; a slower answer counts as the service being unavailable. */
  timeoutMs: number;
}

/** A write's JSON body, and the key that makes a retry of it store nothing twice. */
export interface JsonWrite {
  body: unknown;
  idempotencyKey: string;
}

/** A JSON service reached with the customer's linked access token as bearer. */
export interface JsonClient {
  /** 401/403 throw AccessDeniedError; no answer, a timeout or an unreadable body throw BackendUnavailableError. */
  call(method: 'GET' | 'POST', path: string, accessToken: string, write?: JsonWrite): Promise<{ status: number; body: unknown }>;
  /** The body as the schema says, or BackendUnavailableError naming what was malformed. */
  parse<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T;
}

export function jsonClient(backend: string, options: JsonClientOptions): JsonClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async call(method, path, accessToken, write) {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${accessToken}`,
            accept: 'application/json',
            ...(write ? { 'content-type': 'application/json', 'idempotency-key': write.idempotencyKey } : {}),
          },
          body: write ? JSON.stringify(write.body) : undefined,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : 'unreachable';
        throw new BackendUnavailableError(backend, reason);
      }
      if (response.status === 401 || response.status === 403) throw new AccessDeniedError(backend);
      // A 404 needs no body; a proxy's HTML page must not turn "no such thing" into "service down".
      if (response.status === 404) return { status: 404, body: undefined };
      try {
        return { status: response.status, body: await response.json() };
      } catch {
        throw new BackendUnavailableError(backend, `unreadable answer (HTTP ${response.status})`);
      }
    },
    parse(schema, body, what) {
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new BackendUnavailableError(backend, `malformed ${what}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      return parsed.data;
    },
  };
}
