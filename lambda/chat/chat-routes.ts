import type { ChatStartDeps } from '../adapters/connect/chat-start';
import { startCustomerChat } from '../adapters/connect/chat-start';
import { CHAT_PAGE_HTML, chatPageScript } from './chat-page';

/** An HTTP answer, for express and for API Gateway alike. */
export interface ChatAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ChatRouteDeps extends ChatStartDeps {
  /** The Connect instance's region, which the page's chat client talks to. */
  region: string;
}

/** The page may run only its own script, and talk only to its own origin and Connect's participant service. */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self' https://*.amazonaws.com wss://*.amazonaws.com; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};
const json = (status: number, body: unknown): ChatAnswer => ({
  status,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: JSON.stringify(body),
});
/** How each way a start can end is answered. */
const STATUS = { STARTED: 200, USED: 410, EXPIRED: 410, UNKNOWN: 404, CLOSED: 409, UNAVAILABLE: 503 } as const;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The customer's chat page under /chat/: the page, its script, and POST /chat/start, which spends the link's
 * token and starts the Connect chat. Undefined for any other path.
 */
export async function answerChatRequest(request: { method: string; path: string; body?: string }, deps: ChatRouteDeps): Promise<ChatAnswer | undefined> {
  const { method, path } = request;
  if (path !== '/chat' && !path.startsWith('/chat/')) return undefined;
  if (method === 'GET' && path === '/chat') return { status: 308, headers: { Location: '/chat/' }, body: '' };
  if (method === 'GET' && path === '/chat/') return { status: 200, headers: PAGE_HEADERS, body: CHAT_PAGE_HTML };
  if (method === 'GET' && path === '/chat/chat-page.js') {
    const script = chatPageScript();
    if (!script) return json(404, { outcome: 'NOT_BUILT' });
    return { status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' }, body: script };
  }
  if (method === 'POST' && path === '/chat/start') {
    const token = tokenFrom(request.body);
    if (!token) return json(400, { outcome: 'UNKNOWN' });
    const started = await startCustomerChat(token, deps);
    return json(STATUS[started.outcome], started.outcome === 'STARTED' ? { ...started, region: deps.region } : started);
  }
  return json(404, { outcome: 'NOT_FOUND' });
}

function tokenFrom(body: string | undefined): string | undefined {
  try {
    const token = (JSON.parse(body ?? '') as { token?: unknown }).token;
    return typeof token === 'string' && TOKEN.test(token) ? token : undefined;
  } catch {
    return undefined;
  }
}
