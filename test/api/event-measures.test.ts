import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '../../src/api/queries/event-filter.js';
import { EventMeasures } from '../../src/api/queries/event-measures.js';
import { openReadStore } from '../../src/api/queries/open-read-store.js';
import type { ReadStore } from '../../src/api/queries/read-store.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import { insertEventRows } from '../../bench/generate-event-rows.js';

// The aggregates answered from memory must equal the same aggregates answered in SQL, filter by filter.
const FILTERS: [string, EventFilter][] = [
  ['no filter', {}],
  ['actor', { actor: ['RUS'] }],
  ['two actors and a type', { actor: ['ISR', 'PSE'], plover: ['ASSAULT', 'COERCE'] }],
  ['source and target', { source: 'CHNGOV', target: 'USA' }],
  ['dyad', { dyad: ['RUS', 'UKR'] }],
  ['dyad with itself', { dyad: ['UKR', 'UKR'] }],
  ['dates', { from: '2024-03-01', to: '2024-05-31' }],
  ['open-ended date', { from: '2024-12-01' }],
  ['CAMEO prefix and QuadClass', { cameo: '19', quad_class: [4] }],
  ['modality', { modality: ['hedged', 'negated'] }],
  ['country', { country: 'UKR' }],
  ['bounding box', { bbox: [20, 40, 45, 60] }],
  ['bounding box over the antimeridian', { bbox: [170, -50, -60, 50] }],
  ['full text', { q: 'ceasefire' }],
  ['full text and actor', { q: 'missile', actor: ['IRN'] }],
  ['text that matches nothing', { q: 'zzzyx' }],
  ['an unknown actor', { actor: ['XXX'] }],
  ['each merged event once', { unit: 'event' }],
  ['each merged event once, by actor and type', { unit: 'event', actor: ['RUS'], plover: ['ASSAULT', 'CONSULT', 'ACCUSE'] }],
  ['each merged event once, by text and dyad', { unit: 'event', q: 'talks', dyad: ['USA', 'CHN'] }],
];

let dir: string;
let memory: ReadStore;
/** Mentions merged into no event plus merged events: what `unit: 'event'` counts with no other filter. */
let happenings: number;
let inSql: ReadStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-measures-'));
  const file = join(dir, 'events.db');
  await (await openSqliteStore(file, { pipelineVersion: '{"test":1}' })).close();
  const raw = new SqliteDatabase(file);
  insertEventRows(raw, 20_000, 5);
  // Two in three mentions belong to one of 6,000 merged events (the generator makes none; the foreign key is not
  // enforced on this connection, and the aggregates read only the mentions' merged event ids).
  raw.pragma('foreign_keys = OFF');
  raw.exec('update events set merged_event_id = 1 + (id * 7919) % 6000 where id % 3 > 0');
  happenings = (raw.prepare(`select (select count(*) from events where merged_event_id is null)
    + (select count(distinct merged_event_id) from events) as n`).get() as { n: number }).n;
  raw.close();
  memory = await openReadStore(file);
  inSql = await openReadStore(file, { memoryIndex: false });
});

afterAll(async () => {
  await memory.close();
  await inSql.close();
  rmSync(dir, { recursive: true, force: true });
});

const rounded = <T extends { mean_goldstein: number }>(items: T[]) =>
  items.map((item) => ({ ...item, mean_goldstein: Math.round(item.mean_goldstein * 1e9) / 1e9 }));

describe('aggregates from the in-memory measures equal the SQL aggregates', () => {
  it.each(FILTERS)('%s', async (_name, filter) => {
    for (const [by, interval] of [['plover', 'day'], ['quad_class', 'month']] as const) {
      const expected = await inSql.timeline(filter, by, interval);
      expect(rounded((await memory.timeline(filter, by, interval)).buckets)).toEqual(rounded(expected.buckets));
    }
    for (const level of ['actor', 'country'] as const) {
      expect(rounded(await memory.dyads(filter, level, 50))).toEqual(rounded(await inSql.dyads(filter, level, 50)));
    }
    const byPoint = (list: { lat: number; lon: number }[]) => [...list].sort((a, b) => a.lat - b.lat || a.lon - b.lon);
    const places = await memory.places(filter, 100_000);
    expect(byPoint(rounded(places))).toEqual(byPoint(rounded(await inSql.places(filter, 100_000))));
  });

  it('finds something for most filters (the comparison is not between empty lists)', async () => {
    const sizes = await Promise.all(FILTERS.map(async ([, filter]) => (await memory.timeline(filter, 'plover', 'day')).buckets.length));
    expect(sizes.filter((size) => size > 0).length).toBe(FILTERS.length - 2);
    const total = async (filter: EventFilter) => (await memory.timeline(filter, 'plover', 'month')).buckets.reduce((sum, b) => sum + b.count, 0);
    expect(await total({ unit: 'event' })).toBe(happenings);
    expect(happenings).toBeLessThan(15_000);
  });
});

describe('the measures follow the database', () => {
  it('sees events stored and deleted by another connection', async () => {
    const file = join(dir, 'events.db');
    const total = async () => (await memory.timeline({}, 'plover', 'month')).buckets.reduce((sum, b) => sum + b.count, 0);
    expect(await total()).toBe(20_000);
    const raw = new SqliteDatabase(file);
    try {
      const copy = raw.prepare(`insert into events (article_id, sentence_index, sentence, source_code, source_name, source_text,
        source_start, source_end, cameo, cameo_name, plover_event, plover_mode, plover_context, quad_class, goldstein, modality,
        date, quotes_json, rule, confidence, verb_text, verb_start, verb_end)
        select article_id, sentence_index, sentence, 'FJIGOV', 'Fiji', 'Fiji', 0, 4, cameo, cameo_name, plover_event, plover_mode,
        plover_context, quad_class, goldstein, modality, '2030-01-01', quotes_json, rule, confidence, verb_text, verb_start, verb_end
        from events where id <= 3`);
      copy.run();
      expect(await total()).toBe(20_003);
      expect((await memory.timeline({ actor: ['FJI'], from: '2030-01-01' }, 'plover', 'day')).buckets.map((b) => b.date)).toEqual(
        expect.arrayContaining(['2030-01-01']),
      );
      raw.prepare(`delete from events where id in (5, 6)`).run();
      expect(await total()).toBe(20_001);
      expect(await total()).toEqual((await inSql.timeline({}, 'plover', 'month')).buckets.reduce((sum, b) => sum + b.count, 0));
    } finally {
      raw.close();
    }
  });

  it('refuses rows out of id order', () => {
    const measures = new EventMeasures();
    const row = { id: 7, date: '2024-01-01', source_code: 'RUS', target_code: null, plover_event: 'CONSULT', quad_class: 1, modality: 'asserted', cameo: '040', goldstein: 1, location_lat: null, location_lon: null, location_country: null, merged_event_id: null };
    measures.append([row]);
    expect(() => measures.append([{ ...row, id: 7 }])).toThrow(/appended after event 7/);
    expect(measures.size).toBe(1);
  });
});
