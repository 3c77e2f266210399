import { DictionaryError } from '../core/errors.js';

/** One non-blank, non-comment line of a dictionary file, split into ` | ` fields (trimmed). */
export interface DictionaryLine {
  file: string;
  line: number;
  fields: string[];
}

/**
 * Splits a dictionary file into lines of fields. `#` starts a comment; blank lines are skipped.
 * Throws DictionaryError (file:line) when a line has fewer than `minFields` or more than `maxFields` fields.
 */
export function splitLines(file: string, content: string, minFields: number, maxFields: number): DictionaryLine[] {
  const out: DictionaryLine[] = [];
  const rows = content.split(/\r?\n/);
  for (let n = 0; n < rows.length; n++) {
    const raw = rows[n] ?? '';
    const hash = raw.indexOf('#');
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (body === '') continue;
    const fields = ` ${body} `.split(' | ').map((f) => f.trim());
    if (fields.length < minFields || fields.length > maxFields) {
      const want = minFields === maxFields ? `${minFields}` : `${minFields} to ${maxFields}`;
      throw new DictionaryError(file, n + 1, `expected ${want} fields separated by " | ", found ${fields.length}`);
    }
    out.push({ file, line: n + 1, fields });
  }
  return out;
}

/** Splits a `;`-separated field into trimmed, non-empty items. */
export function items(field: string | undefined): string[] {
  if (!field) return [];
  return field.split(';').map((s) => s.trim()).filter((s) => s !== '');
}
