import { build } from 'esbuild';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildConsole } from './console';

/** The Lambda functions, each bundled into one minified CommonJS file with its source map. */
export const BUNDLES: Record<string, string> = {
  'dist/lambda/index.js': 'lambda/index.ts',
  'dist/queue-api/index.js': 'lambda/queue-api/lambda.ts',
};

/** The queue API's function serves the teams' console too: its files go into the bundle as strings. */
const SERVES_CONSOLE = 'dist/queue-api/index.js';

/**
 * AWS SDK v3 ships with Lambda's Node.js runtimes: it is left out of the bundles (and loaded only by the
 * DynamoDB adapters), which keeps them small and the cold start short.
 */
const RUNTIME_PROVIDED = ['@aws-sdk/*', '@smithy/*'];

/** One function as Lambda runs it: a single minified CommonJS file with its source map. */
export async function bundle(entry: string, outfile: string, define: Record<string, string> = {}): Promise<void> {
  await build({
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
    define,
    logLevel: 'warning',
  });
}

/** Builds the console into dist/console/ (its static files) and bundles every function in BUNDLES. */
export async function bundleAll(): Promise<void> {
  const consoleAssets = await buildConsole();
  for (const [path, file] of Object.entries(consoleAssets)) {
    const target = join('dist', path.endsWith('/') ? `${path}index.html` : path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  console.log(`built dist/console/ (${Math.round(consoleAssets['/console/app.js'].body.length / 1024)} KB of script)`);
  for (const [outfile, entry] of Object.entries(BUNDLES)) {
    await bundle(entry, outfile, outfile === SERVES_CONSOLE ? { CONSOLE_ASSETS: JSON.stringify(consoleAssets) } : {});
    console.log(`bundled ${outfile} (${Math.round(statSync(outfile).size / 1024)} KB)`);
  }
}

if (require.main === module) {
  bundleAll().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
