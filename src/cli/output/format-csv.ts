import type { CodedArticle, CodedEvent } from '../../core/coded-event.js';

/** The CSV columns, in order, with how each is read from an event. */
const COLUMNS: readonly [string, (event: CodedEvent) => string | number | null | undefined][] = [
  ['article_id', (e) => e.article_id],
  ['sentence_index', (e) => e.sentence_index],
  ['date', (e) => e.date],
  ['source_code', (e) => e.source.code],
  ['source_name', (e) => e.source.name],
  ['source_text', (e) => e.source.text],
  ['target_code', (e) => e.target?.code],
  ['target_name', (e) => e.target?.name],
  ['target_text', (e) => e.target?.text],
  ['cameo', (e) => e.cameo],
  ['cameo_name', (e) => e.cameo_name],
  ['plover_event', (e) => e.plover.event],
  ['plover_mode', (e) => e.plover.mode],
  ['plover_context', (e) => e.plover.context],
  ['quad_class', (e) => e.quad_class],
  ['goldstein', (e) => e.goldstein],
  ['modality', (e) => e.modality],
  ['rule', (e) => e.rule],
  ['confidence', (e) => e.confidence],
  ['sentence', (e) => e.sentence],
];

/**
 * RFC 4180 CSV: a header row, then one row per event; CRLF line ends; a field containing a comma, a double
 * quote, CR or LF is quoted, with its quotes doubled. A missing target gives empty fields.
 */
export function formatCsv(articles: readonly CodedArticle[]): string {
  const rows = [COLUMNS.map(([name]) => name)];
  for (const event of articles.flatMap((article) => article.events)) {
    rows.push(COLUMNS.map(([, read]) => String(read(event) ?? '')));
  }
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
