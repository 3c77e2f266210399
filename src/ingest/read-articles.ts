import { basename, extname } from 'node:path';
import type { Article } from '../core/article.js';
import { SitrepError } from '../core/errors.js';
import type { ArticleDraft } from './article-draft.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { readInput, type ReadInputOptions } from './read-input.js';

export interface ReadArticlesOptions extends ReadInputOptions {
  /** Publication date (`YYYY-MM-DD`) for articles whose input gives none (`--date`). */
  date?: string;
  /** Today's UTC date (`YYYY-MM-DD`), used when neither the input nor `date` gives one. */
  today: string;
}

export interface ReadArticlesResult {
  articles: Article[];
  /** Whether some article was given `today` for lack of any publication date. */
  usedToday: boolean;
}

/**
 * Reads every input (paths, `-` for stdin) into articles, in order. A text file is one article (its whole
 * text); an HTML page is one article (its Readability text and title); a JSON Lines file is one article per line.
 * Text and HTML articles take their id from the file name without extension (`stdin` for stdin).
 * All inputs are read and checked before the result is returned, so a bad input yields no articles at all.
 * @throws SitrepError (exit 1) for the first bad input (see `readInput`, `decodeText`, `extractHtml`,
 *   `parseJsonl`) or when two articles share an id.
 */
export async function readArticles(inputs: readonly string[], options: ReadArticlesOptions): Promise<ReadArticlesResult> {
  const articles: Article[] = [];
  const sources = new Map<string, string>();
  let usedToday = false;
  for (const input of inputs) {
    const { name, bytes } = await readInput(input, options);
    for (const draft of await toDrafts(name, decodeText(bytes, name))) {
      const other = sources.get(draft.id);
      if (other !== undefined) {
        throw new SitrepError(`${name}: article id ${JSON.stringify(draft.id)} is already used by ${other}`);
      }
      sources.set(draft.id, name);
      const published = draft.published ?? options.date ?? options.today;
      usedToday ||= draft.published === undefined && options.date === undefined;
      articles.push({ ...draft, published });
    }
  }
  return { articles, usedToday };
}

/** The HTML and JSON Lines readers load on first use: their dependencies (linkedom, zod) take time to load. */
async function toDrafts(name: string, text: string): Promise<ArticleDraft[]> {
  const id = name === 'stdin' ? 'stdin' : basename(name, extname(name));
  switch (detectFormat(name, text)) {
    case 'jsonl':
      return (await import('./parse-jsonl.js')).parseJsonl(text, name);
    case 'html':
      return [(await import('./extract-html.js')).extractHtml(text, id, name)];
    case 'text':
      return [{ id, text }];
  }
}
