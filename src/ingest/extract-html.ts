import { SitrepError } from '../core/errors.js';
import type { ArticleDraft } from './article-draft.js';
import { extractArticle } from './extract/extract-article.js';

/** Fewer words than this is no article (a menu label, a stub, "hi"): even "Kim met Putin." has three. */
export const MIN_ARTICLE_WORDS = 3;

/**
 * Extracts the article of an HTML page for `sitrep code` (see `extractArticle`): its main text (paragraphs
 * separated by blank lines), title, publication date (as a UTC date) and canonical URL.
 * @throws SitrepError (exit 1) `<name>: no article text found in HTML` when the page holds no article: no text,
 * or fewer than MIN_ARTICLE_WORDS words (a menu, a stub, "hi").
 */
export function extractHtml(html: string, id: string, name: string): ArticleDraft {
  const article = extractArticle(html);
  const words = article.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_ARTICLE_WORDS) throw new SitrepError(`${name}: no article text found in HTML (${words} word${words === 1 ? '' : 's'} of text)`);
  const draft: ArticleDraft = { id, text: article.text };
  if (article.title) draft.title = article.title;
  if (article.canonicalUrl) draft.url = article.canonicalUrl;
  if (article.published) draft.published = article.published;
  return draft;
}
