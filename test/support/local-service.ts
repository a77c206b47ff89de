import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the local service answers one request. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** Answers with a status and a JSON body (a string body is sent as it is, for malformed answers). */
export const json = (status: number, body: unknown): Route => (_, res) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
};

export interface LocalService {
  /** How the service answers; each test sets its own. */
  route: Route;
  /** Every request this test made, in order. */
  readonly seen: { method?: string; url?: string; authorization?: string }[];
  /** The body and idempotency key of every write this test made, in order. */
  readonly writes: { url?: string; idempotencyKey?: string; body: unknown }[];
  /** Where it listens, with `basePath`: `http://127.0.0.1:<port><basePath>`. */
  baseUrl: string;
}

/**
 * A real HTTP service on 127.0.0.1 for one test file, started before its tests and closed after them, so
 * adapters are tested over real sockets: slow, failing and malformed answers included.
 */
export function localService(basePath: string): LocalService {
  const service: LocalService = { route: json(200, {}), seen: [], writes: [], baseUrl: '' };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      service.seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (chunks.length > 0) {
          const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
          service.writes.push({ url: req.url, idempotencyKey, body: JSON.parse(Buffer.concat(chunks).toString()) });
        }
        service.route(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    service.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${basePath}`;
    // The first fetch in a process loads the HTTP client; keep that out of the timed tests.
    await fetch(service.baseUrl);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    service.seen.length = 0;
    service.writes.length = 0;
  });
  return service;
}
