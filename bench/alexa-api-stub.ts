import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Alexa's service APIs on localhost, answering at once (device time zone, progressive responses), so turns
 * that call them are timed against a fast local peer instead of waiting on a network this machine lacks.
 */
export function startAlexaApiStub(): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'GET' && req.url?.endsWith('/settings/System.timeZone')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('"America/Los_Angeles"');
      } else if (req.method === 'POST' && req.url === '/v1/directives') {
        res.writeHead(204).end();
      } else {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"NOT_FOUND"}');
      }
    });
  });
  server.unref();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}
