import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/extract-html.js';

const ROOT = join(import.meta.dirname, '../fixtures/extraction');
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory());

describe('extractHtml on fixture pages', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  for (const { name } of cases) {
    it(name, () => {
      const html = readFileSync(join(ROOT, name, 'source.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Record<string, string>;
      if (expected.error) {
        expect(() => extractHtml(html, name, `${name}.html`)).toThrow(`${name}.html: ${expected.error}`);
        return;
      }
      const article = extractHtml(html, name, `${name}.html`);
      expect(article.text).toBe(readFileSync(join(ROOT, name, 'expected.txt'), 'utf8'));
      expect({ title: article.title, url: article.url, published: article.published }).toEqual(expected);
    });
  }
});

describe('extractHtml', () => {
  const page = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

  it('drops navigation, scripts and footers and keeps paragraphs apart', () => {
    const article = extractHtml(
      page(`<nav><a href="/">Home</a></nav><article><p>${'First paragraph of the story. '.repeat(8)}</p>
        <p>Second   paragraph,\n spread over lines.</p><script>var x = 1;</script></article><footer>© Site</footer>`),
      'p',
      'p.html',
    );
    expect(article.text).toMatch(/^First paragraph of the story\. /);
    expect(article.text).toContain('.\n\nSecond paragraph, spread over lines.');
    expect(article.text).not.toMatch(/Home|var x|© Site/);
  });

  it('keeps non-breaking spaces and curly quotes as text', () => {
    const article = extractHtml(page('<article><p>President\u00a0Putin said “no”.</p></article>'), 'q', 'q.html');
    expect(article.text).toBe('President\u00a0Putin said “no”.');
  });

  it('has no date or url when the page gives none', () => {
    const article = extractHtml(page('<p>Only a short note.</p>'), 'n', 'n.html');
    expect(article).toEqual({ id: 'n', text: 'Only a short note.', title: 'T' });
  });

  it('rejects a page without text', () => {
    expect(() => extractHtml(page(''), 'e', 'e.html')).toThrow('e.html: no article text found in HTML');
  });

  it('rejects a page whose only text is a word or two', () => {
    expect(() => extractHtml('<html><body><div>hi</div></body></html>', 'h', 'h.html')).toThrow('h.html: no article text found in HTML (1 word of text)');
  });
});
