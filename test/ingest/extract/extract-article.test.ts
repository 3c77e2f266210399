import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract/extract-article.js';
import { isWallText } from '../../../src/ingest/extract/cookie-wall.js';
import { findPublished } from '../../../src/ingest/extract/find-published.js';
import { loadLanguageDetector } from '../../../src/ingest/extract/detect-language.js';
import { tokenF1 } from '../../../src/evaluation/extraction-score.js';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny cosmodrome on Wednesday, officials said.</p>`).join('\n');
const page = (head: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Kim meets Putin | Wire</title>${head}</head><body>${body}</body></html>`;

describe('extractArticle', () => {
  it('reads text, title, byline, date, canonical URL and language from a news page', () => {
    const html = page(
      `<link rel="canonical" href="/world/kim-putin"><meta property="article:published_time" content="2023-09-13T08:30:00+09:00">
       <meta name="author" content="By Jane Reporter">`,
      `<nav><a href="/">Home</a></nav><article><h1>Kim meets Putin</h1>${STORY}</article><footer>© Wire</footer>`,
      'en-GB',
    );
    const article = extractArticle(html, 'https://wire.example/world/kim-putin?utm_source=x');
    expect(article).toMatchObject({
      title: 'Kim meets Putin | Wire',
      byline: 'Jane Reporter',
      published: '2023-09-12',
      publishedSource: 'meta',
      canonicalUrl: 'https://wire.example/world/kim-putin',
      declaredLanguage: 'en-GB',
      method: 'readability',
      wall: false,
    });
    expect(article.text).toMatch(/^Paragraph 1: North Korean leader/);
    expect(article.text).not.toMatch(/Home|© Wire/);
  });

  it('prefers JSON-LD for date and author, including @graph', () => {
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Wire' }, { '@type': 'NewsArticle', headline: 'H', datePublished: '2023-09-14T01:00:00Z', author: [{ '@type': 'Person', name: 'A One' }, { name: 'B Two' }] }] });
    const article = extractArticle(page(`<script type="application/ld+json">${jsonLd}</script><meta property="article:published_time" content="2020-01-01">`, `<article>${STORY}</article>`));
    expect(article).toMatchObject({ published: '2023-09-14', publishedSource: 'json-ld', byline: 'A One, B Two' });
  });

  it('falls back to the JSON-LD articleBody when the page body has no text', () => {
    const body = 'Kim met Putin at the cosmodrome.\nThe two leaders discussed military cooperation for hours.';
    const article = extractArticle(page(`<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>`, '<div id="app"></div>'));
    expect(article).toMatchObject({ method: 'json-ld', text: 'Kim met Putin at the cosmodrome.\n\nThe two leaders discussed military cooperation for hours.' });
  });

  it('finds the date in <time> or, last, in the URL', () => {
    expect(extractArticle(page('', `<article><time datetime="2023-09-10T12:00:00Z">Sunday</time>${STORY}</article>`)).published).toBe('2023-09-10');
    expect(extractArticle(page('', `<article>${STORY}</article>`), 'https://wire.example/2023/09/11/story').publishedSource).toBe('url');
  });

  it('flags a cookie wall', () => {
    const wall = page('', `<div class="consent"><h2>We value your privacy</h2><p>We and our partners use cookies to store and access personal data such as browsing data for purposes such as serving and personalising content and advertising. You can accept all or manage preferences, including your right to object where legitimate interest is used.</p><button>Accept all</button><button>Reject all</button></div>`);
    const article = extractArticle(wall, 'https://wire.example/story');
    expect(article.wall).toBe(true);
  });

  it('never throws on odd input', () => {
    for (const html of ['', '<', '<html><body><p>', '\u0000\uFFFF', '<script type="application/ld+json">{not json</script>']) {
      const article = extractArticle(html);
      expect(typeof article.text).toBe('string');
    }
    expect(extractArticle('').method).toBe('none');
  });
});

describe('isWallText', () => {
  it('does not flag an article that mentions cookies', () => {
    const text = `${'The bakery sold cookies to the soldiers. '.repeat(5)}${'The ministry said the border would stay closed. '.repeat(10)}`;
    expect(isWallText(text)).toBe(false);
  });
});

describe('findPublished', () => {
  it('reads offsets without a colon and space-separated times', () => {
    const meta = new Map([['date', '2021-11-01T10:52:50+0100']]);
    expect(findPublished({ jsonLd: null, meta, times: [], readability: null, url: null })?.date).toBe('2021-11-01');
    expect(findPublished({ jsonLd: '2019-04-28 06:01:07', meta: new Map(), times: [], readability: null, url: null })?.date).toBe('2019-04-28');
  });
});

describe('loadLanguageDetector', () => {
  it('detects English and Russian, and falls back to the declared language for no text', async () => {
    const detect = await loadLanguageDetector();
    expect(detect('North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday.')).toBe('en');
    expect(detect('Президент России Владимир Путин встретился с лидером КНДР Ким Чен Ыном.')).toBe('ru');
    expect(detect('', 'fr-FR')).toBe('fr');
  });
});

describe('tokenF1', () => {
  it('scores bags of lower-cased tokens', () => {
    const score = tokenF1('Kim met Putin.', 'kim MET putin in Russia');
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.6);
    expect(score.f1).toBeCloseTo(0.75);
    expect(tokenF1('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
