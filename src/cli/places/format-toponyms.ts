import type { ToponymRecord } from '../../pipeline/places/toponym-record.js';

const COLUMNS: readonly [string, (r: ToponymRecord) => string][] = [
  ['DOC', (r) => r.doc_id],
  ['SPAN', (r) => `${r.start}-${r.end}`],
  ['TEXT', (r) => r.text],
  ['PLACE', (r) => r.name ?? '-'],
  ['KIND', (r) => r.kind ?? '-'],
  ['CC', (r) => r.country ?? '-'],
  ['LAT', (r) => (r.lat === null ? '-' : r.lat.toFixed(2))],
  ['LON', (r) => (r.lon === null ? '-' : r.lon.toFixed(2))],
  ['GEONAMEID', (r) => (r.geonameid === null ? '-' : String(r.geonameid))],
  ['ROLE', (r) => r.role],
];
/** Widest a cell may be, in characters. */
const MAX_CELL = 28;

/** A text table of toponyms, one row per toponym, columns padded to their widest cell (cut with `…`). */
export function formatToponymTable(records: readonly ToponymRecord[]): string {
  if (records.length === 0) return '';
  const rows = [COLUMNS.map(([h]) => h), ...records.map((r) => COLUMNS.map(([, cell]) => fit(cell(r).replace(/\s+/g, ' '))))];
  const widths = COLUMNS.map((_, k) => Math.max(...rows.map((row) => Array.from(row[k] as string).length)));
  return `${rows.map((row) => row.map((cell, k) => cell.padEnd(widths[k] as number)).join('  ').trimEnd()).join('\n')}\n`;
}

function fit(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_CELL ? text : `${chars.slice(0, MAX_CELL - 1).join('')}…`;
}
