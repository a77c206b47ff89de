import express, { type Express } from 'express';
import { answer, type Skill } from '../skill';
import type { SkillDeps } from '../skill-deps';
import { bodyErrors, problem, refuseOversizedBody, send } from './problem';
import { alexaRequestVerifier, parseBody, type RequestVerifier } from './request-verifier';
import { RequestVerificationError } from './verification-error';

export interface EndpointOptions {
  /** Check Alexa's request signature and timestamp; only a local, unexposed endpoint may switch this off. */
  verifyRequests: boolean;
  /** How requests are verified; Alexa's certificates fetched over HTTPS and Node's trusted roots by default. */
  verifier?: RequestVerifier;
}

/** Alexa requests are small; the cap keeps a hostile body from costing memory before it is refused. */
const MAX_BODY = '256 KB';
const MAX_BODY_BYTES = 256 * 1024;

/** The skill as an HTTPS web-service endpoint for Alexa: POST / for requests, GET /health for probes. */
export function alexaEndpoint(skill: Skill, deps: SkillDeps, options: EndpointOptions): Express {
  const verifier = options.verifyRequests ? (options.verifier ?? alexaRequestVerifier()) : undefined;
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The raw bytes, not parsed JSON: the signature covers the body exactly as sent.
  app.post('/', refuseOversizedBody(MAX_BODY_BYTES, MAX_BODY), express.raw({ type: () => true, limit: MAX_BODY_BYTES }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let event: unknown;
    try {
      event = verifier ? await verifier.verify(body, req.headers) : parseBody(body);
    } catch (error) {
      const reason = error instanceof RequestVerificationError ? error.reason : 'VERIFIER_FAILED';
      deps.log.warn('request refused', { reason, detail: (error as Error).message });
      send(res, problem(400, reason === 'BAD_BODY' ? 'the request body is not JSON' : 'the request could not be verified as Alexa\'s'));
      return;
    }
    try {
      res.json(await answer(skill, deps, event));
    } catch (error) {
      deps.log.error('request failed', { error: (error as Error).name });
      send(res, problem(500, 'the request failed'));
    } finally {
      deps.metrics.flush();
    }
  });
  app.use(bodyErrors(deps.log, MAX_BODY));
  return app;
}
