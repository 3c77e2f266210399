import { generateArticles } from '../../../bench/generate-news.js';

/** A generated news article as a site serves it. */
export interface SiteArticle {
  slug: string;
  title: string;
  text: string;
  published: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `count` distinct generated articles (bench/generate-news.ts sentences, four to a paragraph, each opened by
 * a paragraph naming the article's number so that no two are near-duplicates).
 */
export function siteArticles(count: number, sentences = 12, seed = 11): SiteArticle[] {
  return generateArticles(count, sentences, seed).map((article, index) => {
    const parts = article.text.match(/[^.!?]+[.!?]+/g) ?? [article.text];
    const paragraphs: string[] = [`Dispatch ${index + 1} of the daily bulletin, filed by correspondent number ${index * 7 + 3} from desk ${String.fromCharCode(65 + (index % 26))}${index}.`];
    for (let i = 0; i < parts.length; i += 4) paragraphs.push(parts.slice(i, i + 4).join('').trim());
    return { slug: `story-${index + 1}`, title: `Bulletin ${index + 1}: ${parts[0]!.slice(0, 60).trim()}`, text: paragraphs.join('\n\n'), published: article.published };
  });
}

/** A news page around the article: navigation, the story in `<article>`, related links and a footer. */
export function newsPage(article: SiteArticle, canonical?: string): string {
  const body = article.text.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(article.title)} | Test Wire</title>
<meta property="article:published_time" content="${article.published}T09:00:00Z">
<meta name="author" content="Test Correspondent">${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${escape(article.title)}</h1>${body}</article>
<aside><h2>Related</h2><ul><li><a href="/x">Markets rally</a></li><li><a href="/y">Weather</a></li></ul></aside></main>
<footer>© Test Wire. All rights reserved.</footer></body></html>`;
}

/** An RSS 2.0 feed of articles at `origin/articles/<slug>`. */
export function rssFeed(origin: string, articles: readonly SiteArticle[], title = 'Test Wire'): string {
  const items = articles
    .map((a) => `<item><title>${escape(a.title)}</title><link>${origin}/articles/${a.slug}?utm_source=rss</link><guid>${a.slug}</guid><pubDate>${new Date(`${a.published}T09:00:00Z`).toUTCString()}</pubDate></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${origin}/</link>\n${items}\n</channel></rss>`;
}

/** An OPML list of feed URLs. */
export function opml(urls: readonly string[]): string {
  return `<?xml version="1.0"?><opml version="2.0"><head><title>test</title></head><body>${urls.map((url) => `<outline type="rss" text="${url}" xmlUrl="${url}"/>`).join('')}</body></opml>`;
}
