import express, { type Express } from 'express';
import { answerChatRequest, type ChatRouteDeps } from './chat-routes';

/** The chat page under /chat/ as an express app (mounted by `npm run serve` when Connect is configured). */
export function chatApp(deps: ChatRouteDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use('/chat', express.text({ type: () => true, limit: '4kb' }), async (req, res, next) => {
    const body = typeof req.body === 'string' && req.body.length ? req.body : undefined;
    const answer = await answerChatRequest({ method: req.method, path: req.originalUrl.split('?')[0], body }, deps);
    if (!answer) return next();
    res.status(answer.status).set(answer.headers).send(answer.body);
  });
  return app;
}
