import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run build` writes the page's script; the queue API's bundle carries it inlined instead. */
export const CHAT_SCRIPT_BUILT = join('dist', 'chat', 'chat-page.js');

declare const CHAT_PAGE_SCRIPT: string | undefined;

/** The page's script: inlined by the bundler (scripts/bundle.ts), or read from the build when run unbundled. */
export function chatPageScript(): string | undefined {
  if (typeof CHAT_PAGE_SCRIPT === 'string') return CHAT_PAGE_SCRIPT;
  return existsSync(CHAT_SCRIPT_BUILT) ? readFileSync(CHAT_SCRIPT_BUILT, 'utf8') : undefined;
}

/** The chat page: a status line, the conversation as a live log, and a box to write in. */
export const CHAT_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Chat with our device team</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
  #transcript { list-style: none; padding: 0; min-height: 12rem; border: 1px solid #767676; border-radius: .5rem; padding: .5rem; overflow-y: auto; max-height: 60vh; }
  form { display: flex; gap: .5rem; margin-top: .5rem; }
  input { flex: 1; font: inherit; padding: .5rem; }
  button { font: inherit; padding: .5rem 1rem; }
  :focus-visible { outline: 3px solid #005fcc; outline-offset: 2px; }
</style>
</head>
<body>
<main>
  <h1>Chat with our device team</h1>
  <p id="status" role="status" aria-live="polite">Loading…</p>
  <ol id="transcript" role="log" aria-live="polite" aria-label="Conversation"></ol>
  <form id="compose" hidden>
    <label for="message">Your message</label>
    <input id="message" name="message" autocomplete="off" maxlength="1024" required>
    <button type="submit">Send</button>
  </form>
  <p><button id="end" type="button" hidden>End chat</button></p>
</main>
<script src="chat-page.js" defer></script>
</body>
</html>
`;
