import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/**
 * A function's code split where its source defers a module with `require()` (a conversation area, an adapter):
 * each deferred module becomes a file of its own that Node loads when that `require()` first runs, so a cold
 * start compiles only what its first turn needs. esbuild splits code only for ES modules, so the split is built
 * as ES modules and each file is then turned into CommonJS: the files require one another by relative path,
 * and Node's module cache gives every file one instance, shared by the entry and all the chunks.
 */

/** Where a deferred module's code goes: a file of its own, or (`member`) a namespace in the file of the one module that imports it. */
interface Placement {
  file: string;
  member?: string;
}

/**
 * The project's modules that its own source (not a library's) loads with `require()`, each with its file. A
 * deferred module that exactly one other deferred module imports (the order problems, which the orders area
 * registers) travels in that module's file: a file of its own would hold little more than the glue between them.
 */
async function deferredModules(options: BuildOptions, entry: string): Promise<Map<string, Placement>> {
  const { metafile } = await build({ ...options, entryPoints: [entry], format: 'cjs', write: false, metafile: true, minify: false, sourcemap: false });
  const required = new Set<string>();
  const imports = new Map<string, string[]>();
  for (const [importer, input] of Object.entries(metafile.inputs)) {
    imports.set(importer, input.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path));
    if (importer.includes('node_modules')) continue;
    for (const imported of input.imports) {
      if (imported.kind === 'require-call' && !imported.external && !imported.path.includes('node_modules')) required.add(imported.path);
    }
  }
  const reached = (from: string) => {
    const seen = new Set([from]);
    for (const path of seen) for (const next of imports.get(path) ?? []) seen.add(next);
    return seen;
  };
  // lambda/handlers/order-problems/index.ts → handlers-order-problems
  const fileOf = (path: string) => path.replace(/^lambda\//, '').replace(/\.ts$/, '').replace(/\/index$/, '').replaceAll('/', '-');
  const importedBy = (path: string) => [...required].filter((other) => other !== path && reached(other).has(path));
  const placements = new Map<string, Placement>();
  for (const path of required) {
    const [container, ...others] = importedBy(path);
    // The container may import this module back (orders and their problems import each other), but no other.
    const nested = container && others.length === 0 && importedBy(container).every((p) => p === path) && !placements.get(resolve(container))?.member;
    placements.set(resolve(path), nested ? { file: fileOf(container), member: fileOf(path).replaceAll('-', '_') } : { file: fileOf(path) });
  }
  return placements;
}

/**
 * A `require()` of a deferred module loads its file at run time instead of inlining it. Each deferred module's
 * file also imports the entry (already loaded when any `require()` runs), so everything the entry loads falls
 * into one chunk shared by all files: a cold start reads two files, and little code crosses a file boundary.
 */
function requireDeferred(deferred: Map<string, Placement>, entry: string): Plugin {
  const nestedIn = (file: string) => [...deferred].filter(([, placed]) => placed.file === file && placed.member);
  return {
    name: 'require-deferred',
    setup(plugin) {
      plugin.onResolve({ filter: /^\./ }, async (args) => {
        if (args.kind !== 'require-call' || args.pluginData === 'resolving') return undefined;
        const resolved = await plugin.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const placed = deferred.get(resolved.path);
        if (!placed) return undefined;
        return placed.member ? { path: resolved.path, namespace: 'deferred-member' } : { path: `./${placed.file}.js`, external: true };
      });
      plugin.onResolve({ filter: /^deferred:/ }, (args) => ({ path: args.path.slice('deferred:'.length), namespace: 'deferred' }));
      plugin.onResolve({ filter: /^\.\//, namespace: 'deferred-member' }, (args) => ({ path: args.path, external: true }));
      // The file of a deferred module: the entry, the module, and the modules that travel in its file.
      plugin.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
        contents: [
          `import ${JSON.stringify(resolve(entry))};`,
          `export * from ${JSON.stringify(args.path)};`,
          ...nestedIn(deferred.get(args.path)!.file).map(([path, placed]) => `export * as ${placed.member} from ${JSON.stringify(path)};`),
        ].join('\n'),
        resolveDir: process.cwd(),
        loader: 'ts',
      }));
      plugin.onLoad({ filter: /.*/, namespace: 'deferred-member' }, (args) => {
        const placed = deferred.get(args.path)!;
        return { contents: `module.exports = require(${JSON.stringify(`./${placed.file}.js`)}).${placed.member};`, loader: 'js' };
      });
    },
  };
}

/**
 * Bundles `entry` into `outfile` and, beside it, a file per deferred module and the chunks they share (all
 * CommonJS, each with its source map). Returns false, writing nothing, when the source defers no module.
 */
export async function bundleWithDeferredChunks(options: BuildOptions, entry: string, outfile: string): Promise<boolean> {
  const deferred = await deferredModules(options, entry);
  if (deferred.size === 0) return false;
  const outdir = dirname(outfile);
  const ownFiles = [...deferred].filter(([, placed]) => !placed.member);
  const entryPoints = { [basename(outfile, '.js')]: entry, ...Object.fromEntries(ownFiles.map(([path, placed]) => [placed.file, `deferred:${path}`])) };
  const esm = await build({ ...options, entryPoints, outdir, format: 'esm', splitting: true, sourcemap: 'inline', write: false, plugins: [...(options.plugins ?? []), requireDeferred(deferred, entry)] });
  mkdirSync(outdir, { recursive: true });
  for (const file of esm.outputFiles) {
    // The inline source map of the ES module build carries through, so the map still points at the TypeScript.
    const cjs = await transform(file.text, { format: 'cjs', platform: 'neutral', target: options.target, minify: options.minify, legalComments: 'none', sourcemap: 'external', sourcefile: basename(file.path) });
    writeFileSync(file.path, `${cjs.code}//# sourceMappingURL=${basename(file.path)}.map\n`);
    writeFileSync(`${file.path}.map`, cjs.map);
  }
  return true;
}
