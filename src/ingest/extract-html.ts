import { SitrepError } from '../core/errors.js';
import type { ArticleDraft } from './article-draft.js';
import { extractArticle } from './extract/extract-article.js';

/**
 * Extracts the article of an HTML page for `sitrep code` (see `extractArticle`): its main text (paragraphs
 * separated by blank lines), title, publication date (as a UTC date) and canonical URL.
 * @throws SitrepError (exit 1) `<name>: no article text found in HTML` when no text is found.
 */
export function extractHtml(html: string, id: string, name: string): ArticleDraft {
  const article = extractArticle(html);
  if (article.text === '') throw new SitrepError(`${name}: no article text found in HTML`);
  const draft: ArticleDraft = { id, text: article.text };
  if (article.title) draft.title = article.title;
  if (article.canonicalUrl) draft.url = article.canonicalUrl;
  if (article.published) draft.published = article.published;
  return draft;
}
