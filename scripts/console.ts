import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleAssets } from '../lambda/queue-api/console-assets';

const CONSOLE_DIR = join(__dirname, '..', 'console');

/**
 * The teams' console as the files served under /console/: the page, one script (Preact and the app) and one
 * style sheet, all local, so the Content-Security-Policy can allow 'self' alone.
 */
export async function buildConsole(): Promise<ConsoleAssets> {
  const result = await build({
    entryPoints: { app: join(CONSOLE_DIR, 'main.tsx') },
    outdir: 'console-out',
    write: false,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const output = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))!.text;
  return {
    '/console/': { type: 'text/html; charset=utf-8', body: readFileSync(join(CONSOLE_DIR, 'index.html'), 'utf8') },
    '/console/app.js': { type: 'text/javascript; charset=utf-8', body: output('.js') },
    '/console/app.css': { type: 'text/css; charset=utf-8', body: output('.css') },
  };
}
