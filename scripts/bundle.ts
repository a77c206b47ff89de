import { build } from 'esbuild';
import { statSync } from 'node:fs';

/** The Lambda functions, each bundled into one minified CommonJS file with its source map. */
export const BUNDLES: Record<string, string> = {
  'dist/lambda/index.js': 'lambda/index.ts',
};

/** Bundles every function in BUNDLES. */
export async function bundleAll(): Promise<void> {
  for (const [outfile, entry] of Object.entries(BUNDLES)) {
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
      logLevel: 'warning',
    });
    console.log(`bundled ${outfile} (${Math.round(statSync(outfile).size / 1024)} KB)`);
  }
}

if (require.main === module) {
  bundleAll().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
