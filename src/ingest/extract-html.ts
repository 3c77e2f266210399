import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SitrepError } from '../core/errors.js';
import type { ArticleDraft } from './article-draft.js';
import { utcDateOf } from './calendar-date.js';
import { htmlToText } from './html-to-text.js';

/**
 * Extracts the article of an HTML page with Mozilla Readability (on a linkedom DOM): its main text (paragraphs
 * separated by blank lines), title, publication date (from the page's metadata, as a UTC date) and canonical URL.
 * @throws SitrepError (exit 1) `<name>: no article text found in HTML` when Readability finds no text.
 */
export function extractHtml(html: string, id: string, name: string): ArticleDraft {
  const { document } = parseHTML(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const page = document as unknown as Document;
  const result = new Readability(page, { serializer: (node: Node) => node }).parse();
  const text = result?.content ? htmlToText(result.content) : '';
  if (text === '') throw new SitrepError(`${name}: no article text found in HTML`);
  const draft: ArticleDraft = { id, text };
  const title = result?.title?.trim();
  if (title) draft.title = title;
  if (canonical) draft.url = canonical;
  const published = result?.publishedTime ? utcDateOf(result.publishedTime) : null;
  if (published) draft.published = published;
  return draft;
}
