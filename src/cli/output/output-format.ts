import type { CodedArticle } from '../../core/coded-event.js';
import { formatCsv } from './format-csv.js';
import { formatGeojson } from './format-geojson.js';
import { formatJson } from './format-json.js';
import { formatJsonl } from './format-jsonl.js';
import { formatTable } from './format-table.js';

/** Output formats of `sitrep code`. */
export const OUTPUT_FORMATS = ['table', 'jsonl', 'json', 'csv', 'geojson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Renders coded articles in `format`; `width` (columns) matters to `table` only. Empty string: nothing to print. */
export function formatArticles(format: OutputFormat, articles: readonly CodedArticle[], width: number): string {
  switch (format) {
    case 'table':
      return formatTable(articles, width);
    case 'jsonl':
      return formatJsonl(articles);
    case 'json':
      return formatJson(articles);
    case 'csv':
      return formatCsv(articles);
    case 'geojson':
      return formatGeojson(articles);
  }
}
