import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { daysApart, tokenF1, type TokenScore } from './extraction-score.js';

/** One page's result. `date` is null when the set gives no publication date for the page. */
export interface ExtractionPageScore extends TokenScore {
  id: string;
  subset: string;
  method: string;
  expected_date: string | null;
  extracted_date: string | null;
  date: 'exact' | 'within-1-day' | 'wrong' | 'missing' | null;
}

/** The whole set: mean token scores (macro over pages) and the publication-date rates. */
export interface ExtractionSetScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  f1_by_subset: Record<string, { pages: number; f1: number }>;
  dated_pages: number;
  /** Share of dated pages whose extracted date is the expected day exactly. */
  date_exact: number;
  /** Share of dated pages within one day (the README's tolerance for known label errors). */
  date_within_1_day: number;
  results: ExtractionPageScore[];
}

/** Where `sitrep eval --all` looks for the extraction set: `<repo>/../shared/eval/extraction/index.jsonl`. */
export function extractionSetPath(repo: string): string {
  return join(repo, '..', 'shared', 'eval', 'extraction', 'index.jsonl');
}

/**
 * Extracts every page of the shared extraction set (`index.jsonl`: `id`, `html_path`, `expected_text_path`,
 * `published`, `url`) and scores main text (token F1) and publication date (the expected value's calendar
 * day, `YYYY-MM-DD` as written, against sitrep's UTC date).
 * @throws Error when the index or a file it names cannot be read.
 */
export function evaluateExtraction(indexPath: string): ExtractionSetScore {
  if (!existsSync(indexPath)) throw new Error(`${indexPath}: no such file`);
  const root = dirname(indexPath);
  const rows = readFileSync(indexPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, string | null>);
  const results = rows.map((row): ExtractionPageScore => {
    const html = readFileSync(join(root, row.html_path!), 'utf8');
    const expected = readFileSync(join(root, row.expected_text_path!), 'utf8');
    const article = extractArticle(html, row.url ?? undefined);
    const expectedDate = row.published ? row.published.slice(0, 10) : null;
    return {
      id: row.id!,
      subset: row.id!.split('-')[0]!,
      method: article.method,
      ...tokenF1(article.text, expected),
      expected_date: expectedDate,
      extracted_date: article.published,
      date: dateOutcome(expectedDate, article.published),
    };
  });
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const bySubset: ExtractionSetScore['f1_by_subset'] = {};
  for (const subset of new Set(results.map((r) => r.subset))) {
    const own = results.filter((r) => r.subset === subset);
    bySubset[subset] = { pages: own.length, f1: mean(own.map((r) => r.f1)) };
  }
  const dated = results.filter((r) => r.date !== null);
  return {
    pages: results.length,
    precision: mean(results.map((r) => r.precision)),
    recall: mean(results.map((r) => r.recall)),
    f1: mean(results.map((r) => r.f1)),
    f1_by_subset: bySubset,
    dated_pages: dated.length,
    date_exact: dated.length === 0 ? 0 : dated.filter((r) => r.date === 'exact').length / dated.length,
    date_within_1_day: dated.length === 0 ? 0 : dated.filter((r) => r.date === 'exact' || r.date === 'within-1-day').length / dated.length,
    results,
  };
}

function dateOutcome(expected: string | null, extracted: string | null): ExtractionPageScore['date'] {
  if (expected === null) return null;
  if (extracted === null) return 'missing';
  if (extracted === expected) return 'exact';
  return daysApart(extracted, expected) <= 1 ? 'within-1-day' : 'wrong';
}

/** The lines `sitrep eval` prints for the extraction set. */
export function formatExtraction(score: ExtractionSetScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const subsets = Object.entries(score.f1_by_subset)
    .map(([name, s]) => `${name} ${pct(s.f1)} (${s.pages})`)
    .join(', ');
  return [
    `extraction (${score.pages} pages): token F1 ${pct(score.f1)} (P ${pct(score.precision)}, R ${pct(score.recall)}); by subset: ${subsets}`,
    `publication date (${score.dated_pages} dated pages): exact day ${pct(score.date_exact)}, within one day ${pct(score.date_within_1_day)}`,
  ].join('\n');
}
