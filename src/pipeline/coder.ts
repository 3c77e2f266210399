import type { Article } from '../core/article.js';
import type { CodedArticle } from '../core/coded-event.js';

/**
 * Codes articles into events. Pure: no I/O; `code` never throws on odd text (empty text → no events).
 * Build one with `createCoder` (src/pipeline/default.ts) or `loadCoder` (src/index.ts).
 */
export interface Coder {
  code(article: Article): CodedArticle;
  /** Dictionary versions in use, e.g. `{ verbs: "sha1:…" }`, for provenance. */
  readonly versions: Readonly<Record<string, string>>;
}
