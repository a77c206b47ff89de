import { createServer, type RequestListener, type Server } from 'node:http';

/** How long a client may take, so slow or stalled connections cannot pile up. */
export interface ServerTimeouts {
  /** From connecting to the end of the request headers. */
  headersMs: number;
  /** From connecting to the end of the request body. */
  requestMs: number;
  /** How long an idle keep-alive connection is kept. */
  keepAliveMs: number;
}

/** Alexa sends a few KB and gives up after 8 seconds; nothing honest needs longer. */
export const SERVER_TIMEOUTS: ServerTimeouts = { headersMs: 5_000, requestMs: 10_000, keepAliveMs: 5_000 };

/** Listens on `host:port` (port 0: any free one) with the timeouts; resolves once listening. */
export function listen(app: RequestListener, port: number, host: string, timeouts: ServerTimeouts = SERVER_TIMEOUTS): Promise<Server> {
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    app,
  );
  // A connection that never sends a byte starts no request, so the request timeouts never see it.
  server.setTimeout(timeouts.requestMs, (socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
