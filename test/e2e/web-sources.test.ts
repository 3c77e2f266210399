import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WEB_SRC = join(ROOT, 'web/src');

describe('web/ sources', () => {
  it('type-check (tsc -p web; Vite does not)', () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(ROOT, 'web')], { encoding: 'utf8' })).not.toThrow();
  }, 60_000);

  it('import from outside web/ only the API types, as types (ARCHITECTURE.md)', () => {
    const files = readdirSync(WEB_SRC, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name));
    const outside = files.flatMap((name) =>
      [...readFileSync(join(WEB_SRC, name), 'utf8').matchAll(/^import (type )?.*from '((?:\.\.\/)+src\/[^']+)';$/gm)]
        .filter((match) => match[1] === undefined || !match[2]!.endsWith('src/api/api-types.js'))
        .map((match) => `${name}: ${match[0]}`),
    );
    expect(outside).toEqual([]);
  });

  it('never render HTML from data', () => {
    const files = readdirSync(WEB_SRC, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name));
    const risky = files.filter((name) => /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(join(WEB_SRC, name), 'utf8')));
    expect(risky).toEqual([]);
  });
});
