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

/** The project's modules that its own source (not a library's) loads with `require()`, each with its file's name. */
async function deferredModules(options: BuildOptions, entry: string): Promise<Map<string, string>> {
  const { metafile } = await build({ ...options, entryPoints: [entry], format: 'cjs', write: false, metafile: true, minify: false, sourcemap: false });
  const deferred = new Map<string, string>();
  for (const [importer, input] of Object.entries(metafile.inputs)) {
    if (importer.includes('node_modules')) continue;
    for (const imported of input.imports) {
      if (imported.kind !== 'require-call' || imported.external || imported.path.includes('node_modules')) continue;
      // lambda/handlers/order-problems/index.ts → handlers-order-problems
      const name = imported.path.replace(/^lambda\//, '').replace(/\.ts$/, '').replace(/\/index$/, '').replaceAll('/', '-');
      deferred.set(resolve(imported.path), name);
    }
  }
  return deferred;
}

/**
 * A `require()` of a deferred module loads its file at run time instead of inlining it. Each deferred module's
 * file also imports the entry (already loaded when any `require()` runs), so everything the entry loads falls
 * into one chunk shared by all files: a cold start reads two files, and little code crosses a file boundary.
 */
function requireDeferred(deferred: Map<string, string>, entry: string): Plugin {
  return {
    name: 'require-deferred',
    setup(plugin) {
      plugin.onResolve({ filter: /^\./ }, async (args) => {
        if (args.kind !== 'require-call' || args.pluginData === 'resolving') return undefined;
        const resolved = await plugin.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const name = deferred.get(resolved.path);
        return name ? { path: `./${name}.js`, external: true } : undefined;
      });
      plugin.onResolve({ filter: /^deferred:/ }, (args) => ({ path: args.path.slice('deferred:'.length), namespace: 'deferred' }));
      plugin.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
        contents: `import ${JSON.stringify(resolve(entry))};\nexport * from ${JSON.stringify(args.path)};\n`,
        resolveDir: process.cwd(),
        loader: 'ts',
      }));
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
  const entryPoints = { [basename(outfile, '.js')]: entry, ...Object.fromEntries([...deferred].map(([path, name]) => [name, `deferred:${path}`])) };
  const esm = await build({ ...options, entryPoints, outdir, format: 'esm', splitting: true, sourcemap: 'inline', write: false, plugins: [...(options.plugins ?? []), requireDeferred(deferred, entry)] });
  mkdirSync(outdir, { recursive: true });
  for (const file of esm.outputFiles) {
    // The inline source map of the ES module build carries through, so the map still points at the TypeScript.
    const cjs = await transform(file.text, { format: 'cjs', platform: 'neutral', target: options.target, minify: true, legalComments: 'none', sourcemap: 'external', sourcefile: basename(file.path) });
    writeFileSync(file.path, `${cjs.code}//# sourceMappingURL=${basename(file.path)}.map\n`);
    writeFileSync(`${file.path}.map`, cjs.map);
  }
  return true;
}
