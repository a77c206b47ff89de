import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { CHAT_SCRIPT_BUILT } from '../lambda/chat/chat-page';

/** The Lambda functions, each bundled into one minified CommonJS file with its source map. */
export const BUNDLES: Record<string, string> = {
  'dist/lambda/index.js': 'lambda/index.ts',
  'dist/queue-api/index.js': 'lambda/queue-api/lambda.ts',
  'dist/hand-over/index.js': 'lambda/adapters/connect/hand-over-lambda.ts',
};

/**
 * AWS SDK v3 ships with Lambda's Node.js runtimes: it is left out of the bundles (and loaded only by the
 * DynamoDB adapters), which keeps them small and the cold start short.
 */
const RUNTIME_PROVIDED = ['@aws-sdk/*', '@smithy/*'];

/** The customers' chat page script, built for browsers; the queue API serves it, inlined into its bundle. */
const CHAT_SCRIPT_ENTRY = 'lambda/chat/browser/chat-page.ts';
const INLINED: Record<string, () => Record<string, string>> = {
  'dist/queue-api/index.js': () => ({ CHAT_PAGE_SCRIPT: JSON.stringify(readFileSync(CHAT_SCRIPT_BUILT, 'utf8')) }),
};

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

/** Bundles every function in BUNDLES (the chat page's script first: the queue API carries it). */
export async function bundleAll(): Promise<void> {
  await bundleChatScript();
  for (const [outfile, entry] of Object.entries(BUNDLES)) {
    await bundle(entry, outfile, INLINED[outfile]?.());
    console.log(`bundled ${outfile} (${Math.round(statSync(outfile).size / 1024)} KB)`);
  }
}

if (require.main === module) {
  bundleAll().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
