import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../html-to-text.js';
import { isWallText } from './cookie-wall.js';
import type { ExtractedArticle, ExtractionMethod } from './extracted-article.js';
import { findPublished } from './find-published.js';
import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { absoluteHttpUrl } from '../normalize/absolute-url.js';

/** Below this share of the JSON-LD `articleBody` length, Readability's text is taken as incomplete. */
const MIN_SHARE_OF_BODY = 0.6;
/** Paragraphs shorter than this (characters) are left out of the paragraph fallback. */
const MIN_PARAGRAPH_CHARS = 40;
const BYLINE_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator'];

interface PageMetadata {
  jsonLd: JsonLdArticle | null;
  meta: Map<string, string>;
  times: string[];
  canonical: string | null;
  lang: string | null;
  authorLinks: string[];
}

/**
 * Extracts the article of an HTML page, falling back instead of failing: Mozilla Readability on a linkedom DOM;
 * the JSON-LD `articleBody` when Readability finds nothing or clearly less; else the page's paragraphs. Also
 * title (Readability, JSON-LD headline, og:title), byline (JSON-LD author, meta tags, Readability, rel=author),
 * publication date (`findPublished`: JSON-LD, meta, `<time>`, URL), canonical URL and declared language, and
 * whether the text is a cookie wall. `pageUrl` resolves relative canonical links and gives the URL date.
 * Never throws; a page without text gives `text: ''` and method `none`.
 * @example extractArticle(html, 'https://example.org/2023/09/13/story').published // '2023-09-13'
 */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document as unknown as Document);
  const result = safeReadability(document as unknown as Document);
  let text = result?.content ? htmlToText(result.content as unknown as Node) : '';
  let method: ExtractionMethod = text === '' ? 'none' : 'readability';
  const body = metadata.jsonLd?.articleBody ? normaliseBody(metadata.jsonLd.articleBody) : '';
  if (body !== '' && text.length < MIN_SHARE_OF_BODY * body.length) {
    text = body;
    method = 'json-ld';
  }
  if (text === '' || isWallText(text)) {
    const paragraphs = paragraphText(html);
    if (paragraphs.length > text.length) {
      text = paragraphs;
      method = 'paragraphs';
    }
  }
  const canonical = absolute(metadata.canonical ?? metadata.meta.get('og:url') ?? null, pageUrl);
  const published = findPublished({
    jsonLd: metadata.jsonLd?.datePublished ?? null,
    meta: metadata.meta,
    times: metadata.times,
    readability: result?.publishedTime ?? null,
    url: canonical ?? pageUrl ?? null,
  });
  return {
    text,
    title: firstText(result?.title, metadata.jsonLd?.headline, metadata.meta.get('og:title')),
    byline: byline(metadata, result?.byline),
    published: published?.date ?? null,
    publishedSource: published?.source ?? null,
    canonicalUrl: canonical,
    declaredLanguage: metadata.lang ?? metadata.meta.get('content-language') ?? null,
    method,
    wall: text !== '' && isWallText(text),
  };
}

function safeReadability(document: Document): ReturnType<Readability<Node>['parse']> {
  try {
    return new Readability(document, { serializer: (node: Node) => node }).parse();
  } catch {
    return null;
  }
}

function readMetadata(document: Document): PageMetadata {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
  const meta = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? element.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const marked = Array.from(document.querySelectorAll('[itemprop="datePublished"], time[pubdate], time[class*="publish"], time[data-testid*="publish"]'));
  const times = [...marked, ...Array.from(document.querySelectorAll('time[datetime]'))]
    .map((element) => element.getAttribute('datetime') ?? element.getAttribute('content') ?? '')
    .filter((value) => value.trim() !== '');
  const authorLinks = Array.from(document.querySelectorAll('[rel="author"], [itemprop="author"] [itemprop="name"]'))
    .map((element) => element.textContent?.trim() ?? '')
    .filter((name) => name !== '' && name.length < 100);
  return {
    jsonLd: readJsonLd(scripts),
    meta,
    times,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null,
    lang: document.documentElement?.getAttribute('lang')?.trim() || null,
    authorLinks,
  };
}

function byline(metadata: PageMetadata, fromReadability: string | null | undefined): string | null {
  const fromMeta = BYLINE_META.map((name) => metadata.meta.get(name)).find((value) => value && !/^https?:\/\//.test(value));
  const names = metadata.jsonLd?.authors.length ? metadata.jsonLd.authors.join(', ') : undefined;
  const value = firstText(names, fromMeta, fromReadability, [...new Set(metadata.authorLinks)].join(', '));
  return value ? value.replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim() || null : null;
}

/** The text of every `<p>` of a fresh parse that is long enough to be prose, as paragraphs. */
function paragraphText(html: string): string {
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll('p'))
    .map((p) => (p.textContent ?? '').replace(/[ \t\n\f\r]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length >= MIN_PARAGRAPH_CHARS)
    .join('\n\n');
}

/** JSON-LD bodies: HTML-free text with the feed's own line breaks as paragraph breaks. */
function normaliseBody(body: string): string {
  return body
    .replace(/<[^>]+>/g, ' ')
    .split(/\n+/)
    .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

function firstText(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) return trimmed;
  }
  return null;
}

function absolute(href: string | null, base: string | undefined): string | null {
  return absoluteHttpUrl(href, base);
}
