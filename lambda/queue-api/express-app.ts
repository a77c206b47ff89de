import express, { type Express } from 'express';
import { bodyErrors, refuseOversizedBody, send } from '../http/problem';
import { consoleFile, type ConsoleAssets } from './console-assets';
import { ROUTES, handle, matchRoute, unmatched, type QueueApiDeps } from './queue-api';

const MAX_BODY = '32 KB';
const MAX_BODY_BYTES = 32 * 1024;

/**
 * The teams' queue API as an express app, serving `/queue/...` and, given its built files, the console at
 * `/console/` (mounted by `npm run serve` beside the Alexa endpoint).
 */
export function queueApiApp(deps: QueueApiDeps, consoleAssets?: ConsoleAssets): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  if (consoleAssets) {
    app.get(['/console', '/console/{*file}'], (req, res) => {
      const file = consoleFile(consoleAssets, req.path)!;
      res.status(file.status).set(file.headers).send(file.body);
    });
  }
  // The raw body: the shared handler authenticates before it parses.
  const rawBody = express.text({ type: () => true, limit: MAX_BODY_BYTES });
  for (const route of ROUTES) {
    const method = route.method === 'GET' ? 'get' : 'post';
    app[method](route.path, refuseOversizedBody(MAX_BODY_BYTES, MAX_BODY), rawBody, async (req, res) => {
      const params = Object.fromEntries(Object.entries(req.params).map(([k, v]) => [k, String(v)]));
      const body = typeof req.body === 'string' && req.body.length ? req.body : undefined;
      send(res, await handle(route, { authorization: req.get('authorization'), ifNoneMatch: req.get('if-none-match'), params, body }, deps));
    });
  }
  app.use('/queue', (req, res) => {
    const match = matchRoute(req.method, req.originalUrl.split('?')[0]);
    send(res, 'route' in match ? unmatched({ status: 404 }) : unmatched(match));
  });
  app.use(bodyErrors(deps.log, MAX_BODY));
  return app;
}
