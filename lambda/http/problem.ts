import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Log } from '../observability/log';

/** An HTTP answer, whichever way it is served (express or Lambda). */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An RFC 9457 problem response. */
export function problem(status: number, detail: string, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': 'application/problem+json', ...headers }, body: { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail } };
}

export function send(res: Response, answer: ApiResponse): void {
  res.status(answer.status).set(answer.headers).send(JSON.stringify(answer.body));
}

/** Anything no route answered: a problem document, not express's HTML page. */
export const notFound: RequestHandler = (req, res) => send(res, problem(404, `nothing is served at ${req.method} ${req.path}`));

/** What a body that could not be read is told, by the status the body parser gave; never the error's own text. */
function bodyProblem(status: number, maxBody: string): ApiResponse {
  if (status === 413) return problem(413, `the body is larger than ${maxBody}`, { connection: 'close' });
  if (status === 415) return problem(415, 'the body\'s content encoding is not supported');
  if (status >= 400 && status < 500) return problem(400, 'the body could not be read');
  return problem(500, 'the request failed');
}

/**
 * Errors before a handler ran (too large, bad gzip, unknown encoding) as problem documents. The log gets one
 * line with the parser's error type; the stack and paths never leave the process.
 */
export function bodyErrors(log: Log, maxBody: string): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    const answer = bodyProblem(error.status ?? 500, maxBody);
    log.warn('request body refused', { status: answer.status, reason: error.type ?? 'unknown' });
    send(res, answer);
  };
}

/** A declared Content-Length over `maxBytes` is refused before any of the body is read, and the connection closed. */
export function refuseOversizedBody(maxBytes: number, maxBody: string): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) send(res, bodyProblem(413, maxBody));
    else next();
  };
}
