import { describe, expect, it } from 'vitest';
import { loadCoder } from '../../src/index.js';

/** Deterministic pseudo-random generator for the fuzz cases. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['Russia', 'attacked', 'Ukraine', 'and', '“', '”', '‘', '’', ',', '.', ';', 'the', 'North Korean', 'leader', 'he', 'they', 'both leaders',
  'was', 'by', 'not', 'may', 'vowed to', 'Kim', '😀', '\u00a0', '\n\n', 'מוסקבה', 'U.S.', 'said', 'that', 'on Monday', '-', '(', ')', '2019', 'in', 'its'];

describe('odd text never throws and keeps offsets honest', () => {
  const coder = loadCoder();
  it.each([
    [''], ['   '], ['.'], ['“'], ['he said'], ['Russia'], ['Russia Russia Russia Russia'], ['\u0000\u0001 binary-ish'],
    ['x'.repeat(5000)], ['Kim and Putin and Xi and Modi met and talked and signed and left.'],
  ])('codes %j without throwing', (text) => {
    const r = coder.code({ id: 'odd', text, published: '2024-06-15' });
    expect(Array.isArray(r.events)).toBe(true);
  });

  it('codes 300 random word salads: every span is a slice of the text', () => {
    const next = rng(42);
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 40) }, () => PIECES[Math.floor(next() * PIECES.length)]);
      const text = words.join(next() < 0.5 ? ' ' : '');
      const r = coder.code({ id: `fuzz-${n}`, text, published: '2024-06-15' });
      for (const e of r.events) {
        expect(text.slice(e.source.start, e.source.end)).toBe(e.source.text);
        if (e.target) expect(text.slice(e.target.start, e.target.end)).toBe(e.target.text);
        expect(text.slice(e.verb.start, e.verb.end)).toBe(e.verb.text);
        expect(e.confidence).toBeGreaterThan(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
      }
      for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
