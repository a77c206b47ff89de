/** The console's built files by the path they are served at (built by scripts/console.ts). */
export type ConsoleAssets = Record<string, { type: string; body: string }>;

/** The page runs only its own script and style, talks only to its own origin, and may not be framed. */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ConsoleResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/** The console file at `path` (under /console/), or undefined when the path is not the console's. */
export function consoleFile(assets: ConsoleAssets, path: string): ConsoleResponse | undefined {
  if (path === '/console') return { status: 308, headers: { location: '/console/' }, body: '' };
  if (!path.startsWith('/console/')) return undefined;
  const file = assets[path];
  if (!file) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }, body: 'Not found' };
  return { status: 200, headers: { 'content-type': file.type, ...SECURITY_HEADERS }, body: file.body };
}
