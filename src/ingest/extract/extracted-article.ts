import type { DateSource } from './find-published.js';

/** How the main text was found. */
export type ExtractionMethod = 'readability' | 'json-ld' | 'paragraphs' | 'none';

/** What `extractArticle` finds in a page. Text is '' (method `none`) when the page has no article text. */
export interface ExtractedArticle {
  /** Main text: paragraphs separated by a blank line, no markup. */
  text: string;
  title: string | null;
  /** Author names as the page gives them, `By ` removed. */
  byline: string | null;
  /** Publication date, `YYYY-MM-DD` (UTC), with where it came from. */
  published: string | null;
  publishedSource: DateSource | null;
  /** `<link rel="canonical">` (else `og:url`), absolute. */
  canonicalUrl: string | null;
  /** `<html lang>` or `content-language` as declared, unchecked (`en-GB`). */
  declaredLanguage: string | null;
  method: ExtractionMethod;
  /** True when the text is a cookie-consent, subscription or JavaScript wall, not an article. */
  wall: boolean;
}
