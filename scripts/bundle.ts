import { build } from 'esbuild';
import { statSync } from 'node:fs';

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

/** One function as Lambda runs it: a single minified CommonJS file with its source map. */
export async function bundle(entry: string, outfile: string): Promise<void> {
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
    logLevel: 'warning',
  });
}

/** Bundles every function in BUNDLES. */
export async function bundleAll(): Promise<void> {
  for (const [outfile, entry] of Object.entries(BUNDLES)) {
    await bundle(entry, outfile);
    console.log(`bundled ${outfile} (${Math.round(statSync(outfile).size / 1024)} KB)`);
  }
}

if (require.main === module) {
  bundleAll().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
