import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Every import (relative ones resolved to paths under src/, packages by name) of the .ts files in `folder`. */
function imports(folder: string): { file: string; target: string }[] {
  const files = readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  return files.flatMap((name) => {
    const path = join(SRC, folder, name);
    const text = readFileSync(path, 'utf8');
    const specifiers = [
      ...[...text.matchAll(/^(?:import|export)\b[^;'"`]*?\bfrom\s*'([^']+)'/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
    ];
    return specifiers.map((s) => ({ file: relative(SRC, path), target: s.startsWith('.') ? relative(SRC, resolve(dirname(path), s)) : s }));
  });
}

describe('the NLP core is a library first (ARCHITECTURE.md: core ← dictionaries ← pipeline)', () => {
  it('src/core imports nothing outside core', () => {
    const outside = imports('core').filter(({ target }) => !target.startsWith('core/'));
    expect(outside).toEqual([]);
  });

  it('src/dictionaries imports only core and itself; only load.ts touches the file system', () => {
    const found = imports('dictionaries');
    expect(found.filter(({ target }) => !target.startsWith('core/') && !target.startsWith('dictionaries/') && !target.startsWith('node:'))).toEqual([]);
    expect(found.filter(({ target }) => target === 'node:fs').map(({ file }) => file)).toEqual(['dictionaries/load.ts']);
  });

  it('src/pipeline imports only core, dictionaries, the compiled gazetteer, itself and NLP packages; no I/O', () => {
    const found = imports('pipeline');
    const allowedPackages = new Set(['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node']);
    const bad = found.filter(({ target }) => {
      if (['core/', 'dictionaries/', 'pipeline/', 'gazetteer/'].some((p) => target.startsWith(p))) return false;
      return !allowedPackages.has(target);
    });
    expect(bad).toEqual([]);
  });
});
