import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoder } from '../../src/index.js';
import type { CodedEvent } from '../../src/index.js';
import { readCodingTable } from '../helpers/coding-table.js';
import type { TableRow } from '../helpers/coding-table.js';

const TABLE = resolve(import.meta.dirname, '../fixtures/coding/table.tsv');
const rows = readCodingTable(TABLE);
const coder = loadCoder();

function describeEvents(events: CodedEvent[]): string {
  return events.map((e) => `${e.source.code} ${e.cameo}/${e.plover.event} ${e.target?.code ?? '-'} ${e.modality} (${e.rule})`).join('; ') || 'no events';
}

function check(row: TableRow): void {
  const { events } = coder.code({ id: `row-${row.line}`, text: row.sentence, published: '2024-06-15' });
  if (row.cameo.length === 0) {
    expect(events, `expected no event, coded: ${describeEvents(events)}`).toHaveLength(0);
    return;
  }
  const targetFits = (code: string | undefined): boolean => (code === undefined ? row.targets.length === 0 : row.targets.includes(code));
  const hit = events.find((e) => e.source.code === row.source && targetFits(e.target?.code)
    && row.cameo.includes(e.cameo) && e.plover.event === row.plover && e.modality === row.modality);
  expect(hit, `expected ${row.source} ${row.cameo.join('|')}/${row.plover} ${row.targets.join('|') || '-'} ${row.modality}; coded: ${describeEvents(events)}`).toBeDefined();
}

describe('coding table (test/fixtures/coding/table.tsv)', () => {
  it('has at least 80 rows', () => expect(rows.length).toBeGreaterThanOrEqual(80));
  for (const row of rows) {
    const name = `line ${row.line} [${row.note}] ${row.sentence.slice(0, 70)}`;
    // A todo row must still fail: when it starts passing, the test says so and the marker must go.
    if (row.todo) it.fails(name, () => check(row));
    else it(name, () => check(row));
  }
});
