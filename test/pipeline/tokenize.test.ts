import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/tokenize/tokenize.js';

const ODD = [
  'Kim Jong Un met Vladimir Putin.',
  'Non\u00a0breaking\u00a0spaces and “curly quotes” and Russia’s ministry.',
  'Emoji 😀🚀 and right-to-left: מוסקבה, موسكو and a URL https://example.org/a?b=1&c=2.',
  "Tabs\tand\r\nCRLF lines\n\n\nand can't, won't, didn't.",
  '   leading and trailing space   ',
  'U.S. and U.N. officials — e-mail; 12.5% of 1,000 troops…',
];

describe('tokenize', () => {
  it.each(ODD)('keeps the text: every token is the exact slice at its offsets (%#)', (text) => {
    const doc = tokenize(text);
    expect(doc.text).toBe(text);
    expect(doc.tokens.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const t of doc.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, t.start).trim()).toBe('');
      previousEnd = t.end;
    }
    expect(text.slice(previousEnd).trim()).toBe('');
  });

  it('gives empty output for empty or blank text', () => {
    expect(tokenize('').tokens).toEqual([]);
    expect(tokenize(' \n\t ').sentences).toEqual([]);
  });

  it('splits sentences and marks headlines', () => {
    const doc = tokenize('Kim and Putin Shake Hands at Summit\n\nThe two leaders met on Wednesday. They talked.');
    expect(doc.sentences.map((s) => s.headline)).toEqual([true, false, false]);
    expect(doc.text.slice(doc.sentences[1]!.start, doc.sentences[1]!.end)).toBe('The two leaders met on Wednesday.');
  });

  it('gives lemmas and tags', () => {
    const doc = tokenize('Russia imposed sanctions.');
    expect(doc.tokens.map((t) => `${t.lemma}/${t.pos}`)).toEqual(['russia/PROPN', 'impose/VERB', 'sanction/NOUN', './PUNCT']);
  });
});
