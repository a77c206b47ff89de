import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/*
 * The layers' directions: the domain depends on nothing but itself (and zod, for its schemas); the ports on the
 * domain and each other, never on an adapter. The vocabulary, handlers and adapters depend on them, never back.
 */
const LAMBDA = resolve(__dirname, '../../lambda');

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A module a file imports, exports from or requires: a project module by its path under lambda/, or a package. */
type Imported = { specifier: string; project?: string; package?: string };

function importsOf(file: string): Imported[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName: specifier }) =>
    specifier.startsWith('.') ? { specifier, project: relative(LAMBDA, resolve(dirname(file), specifier)) } : { specifier, package: specifier },
  );
}

/** "file imports specifier" for each import of the layer's files that `allowed` refuses. */
function importsBreaking(layer: string, allowed: (imported: Imported) => boolean): string[] {
  const files = sourcesUnder(join(LAMBDA, layer));
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((file) =>
    importsOf(file)
      .filter((imported) => !allowed(imported))
      .map(({ specifier }) => `${relative(LAMBDA, file)} imports ${specifier}`),
  );
}

const inLayer = (imported: Imported, ...layers: string[]) => layers.some((layer) => imported.project?.startsWith(`${layer}/`));

describe('the layers depend one way', () => {
  it('the domain imports only itself and zod: no vocabulary, handlers, adapters, Alexa, conversation or I/O', () => {
    expect(importsBreaking('domain', (imported) => inLayer(imported, 'domain') || ['zod', 'zod/mini'].includes(imported.package ?? ''))).toEqual([]);
  });

  it('the ports import only the domain and each other, never an adapter', () => {
    expect(importsBreaking('ports', (imported) => imported.package !== undefined || inLayer(imported, 'domain', 'ports'))).toEqual([]);
  });
});
