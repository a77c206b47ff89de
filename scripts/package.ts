import AdmZip from 'adm-zip';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BUNDLES, bundleFiles } from './bundle';

/** Where `npm run package` leaves the Lambda zips that infrastructure/template.yaml deploys. */
export const PACKAGE_DIR = 'dist/package';

/** The skill's zip has its own name; every other function's zip is named after its bundle's folder. */
const ZIP_NAMES: Record<string, string> = { 'dist/lambda/index.js': 'skill-lambda.zip' };

export function zipNameFor(bundle: string): string {
  return ZIP_NAMES[bundle] ?? `${basename(dirname(bundle))}-lambda.zip`;
}

/**
 * One zip per bundle in BUNDLES, with index.js, its chunks and their source maps at the root (handler
 * `index.handler`). Returns the zips written. A bundle that has not been built is an error: package after building.
 */
export function packageBundles(root = process.cwd(), outDir = join(root, PACKAGE_DIR)): string[] {
  mkdirSync(outDir, { recursive: true });
  return Object.keys(BUNDLES).map((bundle) => {
    const entry = join(root, bundle);
    const missing = [entry, `${entry}.map`].filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`not built: ${missing.join(', ')} (run npm run build)`);
    const zip = new AdmZip();
    for (const file of bundleFiles(entry)) zip.addLocalFile(join(dirname(entry), file), '');
    const out = join(outDir, zipNameFor(bundle));
    zip.writeZip(out);
    return out;
  });
}

if (require.main === module) {
  for (const zip of packageBundles()) console.log(`packaged ${zip} (${Math.round(statSync(zip).size / 1024)} KB)`);
  console.log('skill package: skill-package/ (ask-resources.json); infrastructure: infrastructure/template.yaml');
}
