import { z } from 'zod';
import { SitrepError } from '../core/errors.js';
import type { ArticleDraft } from './article-draft.js';
import { utcDateOf } from './calendar-date.js';

/** One JSON Lines record; other fields are ignored, `null` counts as absent. */
const JsonlRecord = z.object({
  id: z.union([z.string().trim().min(1, 'must not be empty'), z.number().int().transform(String)]),
  text: z.string().refine((text) => text.trim() !== '', 'must not be empty'),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
});

/**
 * Parses JSON Lines, one article per line: `{"id": "a1", "text": "…", "title"?, "url"?, "published"?}`.
 * `id` is a non-empty string or an integer; `published` is a date or an ISO 8601 timestamp (kept as its UTC
 * date). Blank lines are skipped.
 * @throws SitrepError (exit 1) `<name>:<line>: <problem>` for the first bad line: invalid JSON, a missing or
 *   mistyped field, an unreadable date, or an id used twice.
 */
export function parseJsonl(text: string, name: string): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  const firstLine = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    const fail = (problem: string, cause?: unknown) => new SitrepError(`${name}:${lineNumber}: ${problem}`, { cause });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw fail(`invalid JSON: ${(error as Error).message}`, error);
    }
    const parsed = JsonlRecord.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.');
      throw fail(field ? `${field}: ${issue?.message}` : `expected an object with id and text (${issue?.message})`);
    }
    const { id, text: body, title, url, published } = parsed.data;
    const seen = firstLine.get(id);
    if (seen !== undefined) throw fail(`duplicate id ${JSON.stringify(id)} (first on line ${seen})`);
    firstLine.set(id, lineNumber);
    const draft: ArticleDraft = { id, text: body };
    if (title) draft.title = title;
    if (url) draft.url = url;
    if (published) {
      const date = utcDateOf(published);
      if (!date) throw fail(`published: ${JSON.stringify(published)} is not an ISO 8601 date or timestamp`);
      draft.published = date;
    }
    drafts.push(draft);
  });
  return drafts;
}
