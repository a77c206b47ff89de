import express, { type ErrorRequestHandler, type Express, type Response } from 'express';
import { consoleFile, type ConsoleAssets } from './console-assets';
import { ROUTES, handle, matchRoute, problem, unmatched, type ApiResponse, type QueueApiDeps } from './queue-api';

const send = (res: Response, answer: ApiResponse) => {
  res.status(answer.status).set(answer.headers).send(answer.body === undefined ? '' : JSON.stringify(answer.body));
};

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
  const rawBody = express.text({ type: () => true, limit: '32kb' });
  for (const route of ROUTES) {
    const method = route.method === 'GET' ? 'get' : 'post';
    app[method](route.path, rawBody, async (req, res) => {
      const params = Object.fromEntries(Object.entries(req.params).map(([k, v]) => [k, String(v)]));
      const body = typeof req.body === 'string' && req.body.length ? req.body : undefined;
      send(res, await handle(route, { authorization: req.get('authorization'), ifNoneMatch: req.get('if-none-match'), params, body }, deps));
    });
  }
  app.use('/queue', (req, res) => {
    const match = matchRoute(req.method, req.originalUrl.split('?')[0]);
    send(res, 'route' in match ? unmatched({ status: 404 }) : unmatched(match));
  });
  const bodyTrouble: ErrorRequestHandler = (error: { status?: number }, _req, res, _next) => {
    send(res, error.status === 413 ? problem(413, 'the body is larger than 32 KB') : problem(400, 'the body could not be read'));
  };
  app.use(bodyTrouble);
  return app;
}
