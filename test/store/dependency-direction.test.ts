import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Relative imports of every .ts file under `folder`, as paths relative to src/. */
function relativeImports(folder: string): { file: string; target: string }[] {
  const files = readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  return files.flatMap((name) => {
    const path = join(SRC, folder, name);
    const specifiers = [...readFileSync(path, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((match) => match[1]!);
    return specifiers.map((specifier) => ({
      file: relative(SRC, path),
      target: relative(SRC, resolve(dirname(path), specifier)),
    }));
  });
}

describe('imports run one way (ARCHITECTURE.md)', () => {
  it.each(['ingest', 'store'])('src/%s imports only core and itself', (folder) => {
    const imports = relativeImports(folder);
    expect(imports.length).toBeGreaterThan(0);
    const outside = imports.filter(({ target }) => !target.startsWith('core/') && !target.startsWith(`${folder}/`));
    expect(outside).toEqual([]);
  });

  it('src/jobs composes core, ingest, store and the coder interface, and nothing of cli or api', () => {
    const imports = relativeImports('jobs');
    const allowed = ['core/', 'ingest/', 'store/', 'jobs/', 'pipeline/coder.ts'];
    const outside = imports.filter(({ target }) => !allowed.some((prefix) => target.startsWith(prefix.replace(/\.ts$/, ''))));
    expect(outside).toEqual([]);
  });
});
