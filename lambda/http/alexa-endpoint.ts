import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express, { type Express } from 'express';
import type { Skill } from '../skill';

export interface EndpointOptions {
  /** Check Alexa's request signature and timestamp; only a local, unexposed endpoint may switch this off. */
  verifyRequests: boolean;
}

/** The skill as an HTTPS web-service endpoint for Alexa: POST / for requests, GET /health for probes. */
export function alexaEndpoint(skill: Skill, options: EndpointOptions): Express {
  const adapter = new ExpressAdapter(skill, options.verifyRequests, options.verifyRequests);
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // No body parser before the adapter: signature verification needs the raw body.
  app.post('/', adapter.getRequestHandlers());
  return app;
}
