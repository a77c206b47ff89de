import { build } from 'esbuild';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHAT_SCRIPT_BUILT } from '../lambda/chat/chat-page';
import { buildConsole } from './console';

/** The Lambda functions, each bundled into one minified CommonJS file with its source map. */
export const BUNDLES: Record<string, string> = {
  'dist/lambda/index.js': 'lambda/index.ts',
  'dist/queue-api/index.js': 'lambda/queue-api/lambda.ts',
  'dist/hand-over/index.js': 'lambda/adapters/connect/hand-over-lambda.ts',
};

/** The queue API's function serves the teams' console and the customers' chat page: their files go into its bundle as strings. */
const SERVES_PAGES = 'dist/queue-api/index.js';

/**
 * AWS SDK v3 ships with Lambda's Node.js runtimes: it is left out of the bundles (and loaded only by the
 * DynamoDB adapters), which keeps them small and the cold start short.
 */
const RUNTIME_PROVIDED = ['@aws-sdk/*', '@smithy/*'];

/** The customers' chat page script, built for browsers; the queue API serves it, inlined into its bundle. */
const CHAT_SCRIPT_ENTRY = 'lambda/chat/browser/chat-page.ts';

/** One function as Lambda runs it: a single minified CommonJS file with its source map; `define` inlines build-time values. */
export async function bundle(entry: string, outfile: string, define: Record<string, string> = {}): Promise<void> {
  await build({
    define,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    external: RUNTIME_PROVIDED,
    logLevel: 'warning',
  });
}

/** The chat page's script: one minified file for the browser, amazon-connect-chatjs included. */
async function bundleChatScript(): Promise<void> {
  await build({ entryPoints: [CHAT_SCRIPT_ENTRY], outfile: CHAT_SCRIPT_BUILT, bundle: true, platform: 'browser', target: 'es2020', format: 'iife', minify: true, legalComments: 'none', logLevel: 'warning' });
}

/** Builds the console into dist/console/ (its static files) and the chat page's script, then bundles every function in BUNDLES. */
export async function bundleAll(): Promise<void> {
  const consoleAssets = await buildConsole();
  for (const [path, file] of Object.entries(consoleAssets)) {
    const target = join('dist', path.endsWith('/') ? `${path}index.html` : path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  console.log(`built dist/console/ (${Math.round(consoleAssets['/console/app.js'].body.length / 1024)} KB of script)`);
  await bundleChatScript();
  for (const [outfile, entry] of Object.entries(BUNDLES)) {
    const pages = { CONSOLE_ASSETS: JSON.stringify(consoleAssets), CHAT_PAGE_SCRIPT: JSON.stringify(readFileSync(CHAT_SCRIPT_BUILT, 'utf8')) };
    await bundle(entry, outfile, outfile === SERVES_PAGES ? pages : {});
    console.log(`bundled ${outfile} (${Math.round(statSync(outfile).size / 1024)} KB)`);
  }
}

if (require.main === module) {
  bundleAll().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
