import { readFileSync } from 'node:fs';

/** One row of a coding table (test/fixtures/coding/*.tsv): a text and the event it must (or must not) yield. */
export interface TableRow {
  line: number;
  sentence: string;
  source: string;
  /** Acceptable CAMEO codes; empty means "no event at all". */
  cameo: string[];
  /** Acceptable target codes (`A|B` in the file); empty for no target. */
  targets: string[];
  plover: string;
  modality: string;
  note: string;
  /** Known failure, kept visible: the note starts with "todo". */
  todo: boolean;
}

/**
 * Reads a tab-separated coding table with the header
 * `sentence source cameo target plover modality note`. Throws on a malformed row (file:line).
 */
export function readCodingTable(path: string): TableRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const rows: TableRow[] = [];
  lines.forEach((raw, n) => {
    if (n === 0 || raw.trim() === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (cols.length < 6) throw new Error(`${path}:${n + 1}: expected 7 tab-separated columns, found ${cols.length}`);
    const [sentence = '', source = '', cameo = '', target = '', plover = '', modality = '', note = ''] = cols.map((c) => c.trim());
    rows.push({
      line: n + 1, sentence, source,
      cameo: cameo === 'NONE' ? [] : cameo.split('|').map((c) => c.trim()),
      targets: target === '-' || target === '' ? [] : target.split('|').map((t) => t.trim()),
      plover, modality, note, todo: note.toLowerCase().startsWith('todo'),
    });
  });
  return rows;
}
