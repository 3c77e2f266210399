import { UsageError } from '../../core/errors.js';
import type { ExportKind } from '../../store/ingest-records.js';
import { GDELT_EVENT_COLUMNS } from './gdelt-columns.js';

/** Export formats. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Writes export rows in `format`, streaming: JSON Lines (one row per line, `location_json` parsed into
 * `location`); RFC 4180 CSV with a header (events in GDELT Event 2.0 column order, other kinds in their column
 * order); GeoJSON (a FeatureCollection of Point features for rows with a location; articles have none).
 * @throws UsageError for GeoJSON of articles.
 */
export async function writeRows(what: ExportKind, format: ExportFormat, rows: AsyncIterable<Record<string, unknown>>, write: (chunk: string) => void): Promise<number> {
  if (format === 'geojson' && what === 'articles') throw new UsageError('--format geojson exports events or mentions (articles have no location)');
  let count = 0;
  let columns: string[] | null = null;
  if (format === 'geojson') write('{"type":"FeatureCollection","features":[\n');
  for await (const row of rows) {
    const readable = withLocation(row);
    if (format === 'jsonl') {
      write(`${JSON.stringify(readable)}\n`);
    } else if (format === 'csv') {
      if (what === 'events') {
        if (count === 0) write(csvLine(GDELT_EVENT_COLUMNS.map(([name]) => name)));
        write(csvLine(GDELT_EVENT_COLUMNS.map(([, read]) => read(row))));
      } else {
        columns ??= Object.keys(readable);
        if (count === 0) write(csvLine(columns));
        write(csvLine(columns.map((column) => cell(readable[column]))));
      }
    } else {
      const place = readable.location as { lat?: number; lon?: number } | null;
      if (!place || typeof place.lat !== 'number' || typeof place.lon !== 'number') continue;
      const { location: _location, ...properties } = readable;
      const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [place.lon, place.lat] }, properties: { ...properties, location: place } };
      write(`${count === 0 ? '' : ',\n'}${JSON.stringify(feature)}`);
    }
    count += 1;
  }
  if (format === 'geojson') write('\n]}\n');
  if (format === 'csv' && count === 0) write(csvLine(what === 'events' ? GDELT_EVENT_COLUMNS.map(([name]) => name) : []));
  return count;
}

function withLocation(row: Record<string, unknown>): Record<string, unknown> {
  if (!('location_json' in row)) return row;
  const { location_json: json, ...rest } = row;
  return { ...rest, location: typeof json === 'string' ? (JSON.parse(json) as unknown) : null };
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function csvLine(fields: readonly string[]): string {
  return `${fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',')}\r\n`;
}
