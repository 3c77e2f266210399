/**
 * Fills a sitrep SQLite database with generated event rows in bulk (straight INSERTs, not through the coder), for
 * the read-side benchmarks: `count` events over two years (2023–2024), about 60 countries with skewed weights,
 * CAMEO codes from dictionaries/cameo/codes.txt, 60 % of events located, 20 events per article, mentions merged
 * into events by day, country pair and PLOVER type.
 */
import { readFileSync } from 'node:fs';
import type SqliteDatabase from 'better-sqlite3';
import { rng } from './generate-news.js';

interface CameoRow {
  code: string;
  name: string;
  plover: string;
  mode: string;
  context: string;
  quad: number;
  goldstein: number;
}

const COUNTRIES = [
  ['USA', 'United States', 38.9, -77.0], ['RUS', 'Russia', 55.8, 37.6], ['UKR', 'Ukraine', 50.4, 30.5], ['CHN', 'China', 39.9, 116.4],
  ['ISR', 'Israel', 31.8, 35.2], ['PSE', 'Palestine', 31.5, 34.5], ['IRN', 'Iran', 35.7, 51.4], ['PRK', 'North Korea', 39.0, 125.8],
  ['KOR', 'South Korea', 37.6, 127.0], ['JPN', 'Japan', 35.7, 139.7], ['IND', 'India', 28.6, 77.2], ['PAK', 'Pakistan', 33.7, 73.1],
  ['TUR', 'Turkey', 39.9, 32.9], ['SYR', 'Syria', 33.5, 36.3], ['IRQ', 'Iraq', 33.3, 44.4], ['SAU', 'Saudi Arabia', 24.7, 46.7],
  ['EGY', 'Egypt', 30.0, 31.2], ['SDN', 'Sudan', 15.6, 32.5], ['ETH', 'Ethiopia', 9.0, 38.7], ['SOM', 'Somalia', 2.0, 45.3],
  ['KEN', 'Kenya', -1.3, 36.8], ['NGA', 'Nigeria', 9.1, 7.5], ['MLI', 'Mali', 12.6, -8.0], ['COD', 'DR Congo', -4.3, 15.3],
  ['ZAF', 'South Africa', -25.7, 28.2], ['DEU', 'Germany', 52.5, 13.4], ['FRA', 'France', 48.9, 2.35], ['GBR', 'United Kingdom', 51.5, -0.1],
  ['POL', 'Poland', 52.2, 21.0], ['ITA', 'Italy', 41.9, 12.5], ['ESP', 'Spain', 40.4, -3.7], ['BRA', 'Brazil', -15.8, -47.9],
  ['ARG', 'Argentina', -34.6, -58.4], ['MEX', 'Mexico', 19.4, -99.1], ['VEN', 'Venezuela', 10.5, -66.9], ['COL', 'Colombia', 4.7, -74.1],
  ['AFG', 'Afghanistan', 34.5, 69.2], ['MMR', 'Myanmar', 19.8, 96.1], ['TWN', 'Taiwan', 25.0, 121.5], ['PHL', 'Philippines', 14.6, 121.0],
  ['VNM', 'Vietnam', 21.0, 105.8], ['IDN', 'Indonesia', -6.2, 106.8], ['AUS', 'Australia', -35.3, 149.1], ['CAN', 'Canada', 45.4, -75.7],
  ['LBN', 'Lebanon', 33.9, 35.5], ['YEM', 'Yemen', 15.4, 44.2], ['LBY', 'Libya', 32.9, 13.2], ['BLR', 'Belarus', 53.9, 27.6],
  ['SRB', 'Serbia', 44.8, 20.5], ['ARM', 'Armenia', 40.2, 44.5], ['AZE', 'Azerbaijan', 40.4, 49.9], ['GEO', 'Georgia', 41.7, 44.8],
  ['HTI', 'Haiti', 18.5, -72.3], ['CUB', 'Cuba', 23.1, -82.4], ['NER', 'Niger', 13.5, 2.1], ['BFA', 'Burkina Faso', 12.4, -1.5],
  ['IGOUNO', 'United Nations', 40.75, -73.97], ['IGONAT', 'NATO', 50.88, 4.42], ['IGOEU', 'European Union', 50.84, 4.38],
] as const;
const AGENTS = ['GOV', 'GOV', 'GOV', 'MIL', 'MIL', '', '', 'REB', 'OPP', 'CVL', 'COP', 'BUS', 'MED'];
const WORDS = ['missile', 'border', 'ceasefire', 'talks', 'summit', 'sanctions', 'drone', 'troops', 'election', 'protest', 'refugees', 'grain', 'nuclear', 'embassy', 'hostages', 'pipeline', 'aid', 'navy', 'capital', 'parliament'];
const MODALITIES = ['asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'hedged', 'hedged', 'intended', 'negated'];



function cameoRows(): CameoRow[] {
  const text = readFileSync(new URL('../dictionaries/cameo/codes.txt', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.includes('|') && !line.startsWith('#'))
    .map((line) => {
      const [code, name, plover, quad, goldstein] = line.split('|').map((part) => part.trim()) as [string, string, string, string, string];
      const [event, mode, context] = plover.split(',').map((part) => part.trim()) as [string, string, string];
      return { code, name, plover: event, mode: mode ?? '', context: context ?? '', quad: Number(quad), goldstein: Number(goldstein) };
    })
    .filter((row) => row.code.length >= 3);
}

/**
 * Inserts `count` events (and their articles) into the migrated database `db`. Bulk loading is faster without
 * indexes: the indexes and triggers on `events` are dropped first and made again from their own DDL afterwards,
 * then the full-text index is rebuilt.
 */
export function insertEventRows(db: SqliteDatabase.Database, count: number, seed = 11): void {
  const ddl = db
    .prepare(`select type, name, sql from sqlite_master where tbl_name = 'events' and type in ('index', 'trigger') and sql is not null`)
    .all() as { type: string; name: string; sql: string }[];
  for (const { type, name } of ddl) db.exec(`drop ${type} ${name}`);
  insertRows(db, count, seed);
  mergeRows(db);
  for (const { sql } of ddl) db.exec(sql);
  const fts = db.prepare(`select 1 from sqlite_master where name = 'events_fts'`).get();
  if (fts) db.exec(`insert into events_fts(events_fts) values ('rebuild')`);
}

/**
 * Merges the mentions as the store would at its coarsest (same day, source and target country, PLOVER type; no
 * place): one `merged_events` row per group with its counts, and each mention's `merged_event_id`.
 */
function mergeRows(db: SqliteDatabase.Database): void {
  const key = `date, substr(source_code, 1, 3), coalesce(substr(target_code, 1, 3), ''), plover_event`;
  db.exec(`insert into merged_events (date, source_key, target_key, plover_event, place_key, source_code, source_name, target_code,
      target_name, cameo, plover_mode, plover_context, quad_class, goldstein, location_json, num_mentions, num_articles, num_sources,
      avg_confidence, first_seen, last_seen)
    select ${key}, '', min(source_code), min(source_name), min(target_code), min(target_name), min(cameo), min(plover_mode),
      min(plover_context), min(quad_class), avg(goldstein), min(location_json), count(*), count(distinct article_id),
      count(distinct article_id), avg(confidence), date || 'T12:00:00Z', date || 'T12:00:00Z'
    from events group by ${key}`);
  db.exec(`create temporary table merge_keys as select id, date || '|' || source_key || '|' || target_key || '|' || plover_event as k from merged_events`);
  db.exec(`create index temp.merge_keys_k on merge_keys (k)`);
  db.exec(`update events set merged_event_id = (select id from merge_keys where k = events.date || '|' || substr(events.source_code, 1, 3)
    || '|' || coalesce(substr(events.target_code, 1, 3), '') || '|' || events.plover_event)`);
  db.exec('drop table temp.merge_keys');
}

function insertRows(db: SqliteDatabase.Database, count: number, seed: number): void {
  const r = rng(seed);
  const codes = cameoRows();
  // Skewed weights: the first countries are in the news far more often (a Zipf-like 1/rank law).
  const weights = COUNTRIES.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const country = () => {
    let x = r() * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) <= 0) return COUNTRIES[i]!;
    return COUNTRIES[0]!;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const start = Date.UTC(2023, 0, 1);
  const days = 731;
  const insertArticle = db.prepare(
    `insert into articles (id, article_key, url, title, published, content_hash, text, coded_at, pipeline_version)
     values (?, ?, ?, ?, ?, ?, ?, ?, '{"bench":1}')`,
  );
  const insertEvent = db.prepare(
    `insert into events (article_id, sentence_index, sentence, source_code, source_name, source_text, source_start, source_end,
      target_code, target_name, target_text, target_start, target_end, cameo, cameo_name, plover_event, plover_mode, plover_context,
      quad_class, goldstein, modality, date, location_json, quotes_json, rule, confidence, verb_text, verb_start, verb_end)
     values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 'bench', ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    let articleId = '';
    let date = '';
    for (let n = 0; n < count; n++) {
      if (n % 20 === 0) {
        const day = Math.floor(r() * days);
        date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
        articleId = `bench-${n / 20}`;
        insertArticle.run(articleId, articleId, `https://news.example/${n / 20}`, `Report ${n / 20}`, date, articleId, `Generated report ${n / 20}.`, `${date}T12:00:00Z`);
      }
      const [sCode, sName, lat, lon] = country();
      let target = country();
      if (target[0] === sCode) target = country();
      const sourceCode = sCode.startsWith('IGO') ? sCode : sCode + pick(AGENTS);
      const hasTarget = r() < 0.85;
      const targetCode = hasTarget ? (target[0].startsWith('IGO') ? target[0] : target[0] + pick(AGENTS)) : null;
      const cameo = pick(codes);
      const word = pick(WORDS);
      const sentence = `${sName} ${cameo.name.toLowerCase()} ${hasTarget ? target[1] : ''} over the ${word} on ${date}.`;
      const place = r() < 0.6
        ? JSON.stringify({ name: `${sName} site ${Math.floor(r() * 5)}`, geonameid: null, lat: Math.round((lat + (r() - 0.5) * 4) * 10) / 10, lon: Math.round((lon + (r() - 0.5) * 4) * 10) / 10, country: sCode.slice(0, 3), precision: 'city' })
        : null;
      const verbStart = sName.length + 1;
      insertEvent.run(
        articleId, n % 20, sentence, sourceCode, sName, sName, sName.length,
        targetCode, hasTarget ? target[1] : null, hasTarget ? target[1] : null, hasTarget ? 0 : null, hasTarget ? target[1].length : null,
        cameo.code, cameo.name, cameo.plover, cameo.mode, cameo.context, cameo.quad, cameo.goldstein, pick(MODALITIES), date, place,
        Math.round(r() * 100) / 100, cameo.name.split(' ')[0] ?? 'acted', verbStart, verbStart + 5,
      );
    }
  })();
}
