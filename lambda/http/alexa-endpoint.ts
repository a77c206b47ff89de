import express, { type Express } from 'express';
import { answer, type Skill } from '../skill';
import type { SkillDeps } from '../skill-deps';
import { alexaRequestVerifier, parseBody, type RequestVerifier } from './request-verifier';
import { RequestVerificationError } from './verification-error';

export interface EndpointOptions {
  /** Check Alexa's request signature and timestamp; only a local, unexposed endpoint may switch this off. */
  verifyRequests: boolean;
  /** How requests are verified; Alexa's certificates fetched over HTTPS and Node's trusted roots by default. */
  verifier?: RequestVerifier;
}

/** Alexa requests are small; the cap keeps a hostile body from costing memory before it is refused. */
const MAX_BODY = '256kb';

/** The skill as an HTTPS web-service endpoint for Alexa: POST / for requests, GET /health for probes. */
export function alexaEndpoint(skill: Skill, deps: SkillDeps, options: EndpointOptions): Express {
  const verifier = options.verifyRequests ? (options.verifier ?? alexaRequestVerifier()) : undefined;
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The raw bytes, not parsed JSON: the signature covers the body exactly as sent.
  app.post('/', express.raw({ type: () => true, limit: MAX_BODY }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let event: unknown;
    try {
      event = verifier ? await verifier.verify(body, req.headers) : parseBody(body);
    } catch (error) {
      const reason = error instanceof RequestVerificationError ? error.reason : 'VERIFIER_FAILED';
      deps.log.warn('request refused', { reason, detail: (error as Error).message });
      res.status(400).json({ error: reason === 'BAD_BODY' ? 'request body is not JSON' : 'request verification failed' });
      return;
    }
    try {
      res.json(await answer(skill, deps, event));
    } catch (error) {
      deps.log.error('request failed', { error: (error as Error).name });
      res.status(500).json({ error: 'request failed' });
    } finally {
      deps.metrics.flush();
    }
  });
  return app;
}
