import { build, type BuildOptions, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHAT_SCRIPT_BUILT } from '../lambda/chat/chat-page';
import { KNOWLEDGE_BASE } from '../lambda/domain/diagnosis/knowledge';
import { checkKnowledge } from '../lambda/domain/diagnosis/knowledge/check';
import { checkTeams } from '../lambda/domain/routing/team-rules';
import { teamDirectory } from '../lambda/domain/routing/teams';
import { buildConsole } from './console';
import { bundleWithDeferredChunks } from './deferred-chunks';

/** The Lambda functions, each bundled into a folder of its own (index.js, its chunks and source maps). */
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

/**
 * Node built-ins a library imports at load but calls only on some paths, loaded on the first call instead.
 * Powertools' logger imports node:crypto for log sampling: without a sample rate it never calls it, and loading
 * node:crypto costs every cold start a few milliseconds.
 */
const LOADED_ON_FIRST_CALL = [{ importer: '/@aws-lambda-powertools/logger/', builtin: 'node:crypto', functions: ['randomInt'] }];

/**
 * ask-sdk-core's CustomSkill loads ask-sdk-model at start for its service client factory alone; in the bundle it gets
 * the project's stand-in, which loads ask-sdk-model when a turn first calls an Alexa API.
 */
const SERVICE_CLIENT_FACTORY = resolve('lambda/alexa/service-client-factory.ts');

const serviceClientsOnFirstCall: Plugin = {
  name: 'service-clients-on-first-call',
  setup(plugin) {
    plugin.onResolve({ filter: /^ask-sdk-model$/ }, (args) => (/[\\/]ask-sdk-core[\\/]/.test(args.importer) ? { path: SERVICE_CLIENT_FACTORY } : undefined));
  },
};

/** A library's package.json, which ask-sdk reads at run time only for its version (user agents), bundled as just that. */
const packageVersionOnly: Plugin = {
  name: 'package-version-only',
  setup(plugin) {
    plugin.onLoad({ filter: /node_modules[\\/]ask-sdk-[a-z]+[\\/]package\.json$/ }, (args) => {
      const { name, version } = JSON.parse(readFileSync(args.path, 'utf8')) as { name: string; version: string };
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
  },
};

const loadOnFirstCall: Plugin = {
  name: 'load-on-first-call',
  setup(plugin) {
    for (const { importer, builtin } of LOADED_ON_FIRST_CALL) {
      plugin.onResolve({ filter: new RegExp(`^${builtin}$`) }, (args) => (args.importer.includes(importer) ? { path: builtin, namespace: 'on-first-call' } : undefined));
    }
    plugin.onLoad({ filter: /.*/, namespace: 'on-first-call' }, (args) => {
      const { functions } = LOADED_ON_FIRST_CALL.find((lazy) => lazy.builtin === args.path)!;
      const forwards = functions.map((name) => `export const ${name} = (...args) => require(${JSON.stringify(args.path)}).${name}(...args);`);
      return { contents: forwards.join('\n'), loader: 'js' };
    });
  },
};

/** The customers' chat page script, built for browsers; the queue API serves it, inlined into its bundle. */
const CHAT_SCRIPT_ENTRY = 'lambda/chat/browser/chat-page.ts';

/**
 * One function as Lambda runs it: minified CommonJS with source maps, `outfile` its entry. A function whose source
 * defers modules with `require()` gets a file per deferred module beside it (scripts/deferred-chunks.ts); the
 * others are one file. `define` inlines build-time values.
 */
export async function bundle(entry: string, outfile: string, define: Record<string, string> = {}): Promise<void> {
  const options: BuildOptions = {
    define,
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    external: RUNTIME_PROVIDED,
    plugins: [loadOnFirstCall, serviceClientsOnFirstCall, packageVersionOnly],
    logLevel: 'warning',
  };
  // The folder is the function's own: files of an earlier build (chunk names carry a hash) must not linger in its zip.
  if (existsSync(outfile)) for (const stale of bundleFiles(outfile)) rmSync(join(dirname(outfile), stale));
  if (await bundleWithDeferredChunks(options, entry, outfile)) return;
  await build({ ...options, entryPoints: [entry], outfile, format: 'cjs', sourcemap: true });
}

/** The files of a built function: `outfile`'s folder holds its entry, the chunks and their source maps. */
export function bundleFiles(outfile: string): string[] {
  return readdirSync(dirname(outfile)).filter((file) => /\.js(\.map)?$/.test(file));
}

/** The size of a built function's code, every file but the source maps. */
export function bundleBytes(outfile: string): number {
  return bundleFiles(outfile)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + statSync(join(dirname(outfile), file)).size, 0);
}

/** The chat page's script: one minified file for the browser, amazon-connect-chatjs included. */
async function bundleChatScript(): Promise<void> {
  await build({ entryPoints: [CHAT_SCRIPT_ENTRY], outfile: CHAT_SCRIPT_BUILT, bundle: true, platform: 'browser', target: 'es2020', format: 'iife', minify: true, legalComments: 'none', logLevel: 'warning' });
}

/**
 * Checks the troubleshooting knowledge base and the teams (the skill trusts both at run time), builds the console
 * into dist/console/ (its static files) and the chat page's script, then bundles every function in BUNDLES.
 */
export async function bundleAll(): Promise<void> {
  checkKnowledge(KNOWLEDGE_BASE);
  checkTeams(teamDirectory());
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
    console.log(`bundled ${outfile} (${Math.round(bundleBytes(outfile) / 1024)} KB in ${bundleFiles(outfile).length} files)`);
  }
}

if (require.main === module) {
  bundleAll().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
