/**
 * sitrep benchmark of `sitrep serve`: prints figures, never passes or fails.
 * Fills a fresh SQLite database with generated event rows (default 1,000,000, bulk INSERTs), serves it on
 * 127.0.0.1, and times filtered `GET /api/v1/events` and `GET /api/v1/timeline` (p50, p95 over repeated runs)
 * and the dashboard's first load in Chromium (until timeline, map, network and table are drawn).
 * Usage: npm run bench:serve [-- --events N --runs N]   (npm run bench runs it too, in a child process, so that
 * the memory it uses does not count in the figures of the benchmarks after it)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { createApiServer } from '../src/api/create-api-server.js';
import { openReadStore } from '../src/api/queries/open-read-store.js';
import { loadCoder } from '../src/load-coder.js';
import { openSqliteStore } from '../src/store/open-sqlite-store.js';
import { insertEventRows } from './generate-event-rows.js';

function arg(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
}

const EVENTS_QUERIES = [
  'actor=RUS',
  'actor=SDN&plover=ASSAULT',
  'from=2024-06-01&to=2024-06-30&quad_class=4',
  'dyad=RUS,UKR',
  'q=missile',
  'q=missile&actor=IRN',
  'plover=PROTEST&modality=hedged',
  'bbox=20,40,45,60',
  'cameo=19&sort=-goldstein',
  'country=ISR&from=2024-01-01',
  'unit=event',
  'unit=event&actor=RUS&plover=ASSAULT',
];
const TIMELINE_QUERIES = [
  'actor=RUS',
  'actor=SDN&plover=ASSAULT',
  'from=2024-10-01&to=2024-12-31',
  'dyad=RUS,UKR&by=quad_class',
  'q=ceasefire',
  'plover=ASSAULT,COERCE&from=2024-01-01&by=quad_class',
  'country=UKR&from=2024-07-01',
  'source=CHN&interval=month',
  'unit=event&actor=RUS',
];

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchServe(arg('events', 1_000_000), arg('runs', 30));
} else {
  spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
}

async function benchServe(events: number, runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-serve-'));
  const file = join(dir, 'bench.db');
  try {
    const t0 = performance.now();
    await (await openSqliteStore(file, { pipelineVersion: '{"bench":1}' })).close();
    const raw = new SqliteDatabase(file);
    raw.pragma('journal_mode = WAL');
    insertEventRows(raw, events);
    raw.close();
    const loadMs = performance.now() - t0;

    const t1 = performance.now();
    const reads = await openReadStore(file);
    const openMs = performance.now() - t1;
    // JavaScript heap and typed arrays, after a full collection when node runs with --expose-gc (as `npm run bench`
    // runs this file); resident memory would also count the database pages the load maps in.
    const heap = () => {
      (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    };
    const heapBefore = heap();
    const t2 = performance.now();
    await reads.warm();
    const warmMs = performance.now() - t2;
    const measuresMb = (heap() - heapBefore) / 2 ** 20;
    const dist = join(dir, 'dist');
    const web = fileURLToPath(new URL('../web/', import.meta.url));
    const { build } = await import('vite');
    await build({ configFile: `${web}vite.config.ts`, root: web, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
    const app = await createApiServer({ reads, loadCoder, version: 'bench', dashboardDir: dist });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });

    const time = async (path: string): Promise<number> => {
      const start = performance.now();
      const response = await fetch(`${base}/api/v1${path}`);
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      return performance.now() - start;
    };
    const measure = async (paths: string[]) => {
      for (const path of paths) await time(path); // warm-up: page cache and prepared statements
      const each = new Map<string, number[]>(paths.map((path) => [path, []]));
      for (let run = 0; run < runs; run++) for (const path of paths) each.get(path)!.push(await time(path));
      return each;
    };
    const first = await fetch(`${base}/api/v1/events?actor=USA&limit=50`).then((r) => r.json() as Promise<{ next_cursor: string }>);
    const eventTimes = await measure([...EVENTS_QUERIES.map((q) => `/events?${q}`), `/events?actor=USA&cursor=${first.next_cursor}`]);
    const timelineTimes = await measure(TIMELINE_QUERIES.map((q) => `/timeline?${q}`));
    const unfiltered = await measure(['/timeline', '/dyads?level=country&limit=40', '/places?limit=2000', '/actors?q=ukr']);
    // A writer (sitrep watch) stores 100 events: the next aggregate reads them into the in-memory index first.
    const writer = new SqliteDatabase(file);
    const columns = `article_id, sentence_index, sentence, source_code, source_name, source_text, source_start, source_end, target_code,
      target_name, target_text, target_start, target_end, cameo, cameo_name, plover_event, plover_mode, plover_context, quad_class,
      goldstein, modality, date, location_json, quotes_json, rule, confidence, verb_text, verb_start, verb_end`;
    writer.prepare(`insert into events (${columns}) select ${columns} from events where id <= 100`).run();
    writer.close();
    const afterWrite = await time('/timeline?actor=RUS');
    const load = existsSync('/usr/bin/chromium') ? await firstLoads(base) : null;

    console.log(`sitrep bench: serve (${events.toLocaleString('en')} events)`);
    const row = (k: string, v: string) => console.log(`  ${k.padEnd(58)} ${v}`);
    row('bulk load (insert, index, FTS rebuild)', `${(loadMs / 1000).toFixed(1)} s`);
    row('database size', `${(statSync(file).size / 2 ** 20).toFixed(0)} MB`);
    row('open + migrate + optimize', `${openMs.toFixed(0)} ms`);
    row('in-memory measures: load time, heap added', `${warmMs.toFixed(0)} ms, ${measuresMb.toFixed(0)} MB${globalThis.gc ? '' : ' (approximate: no --expose-gc)'}`);
    const report = (title: string, times: Map<string, number[]>) => {
      console.log(`  ${title} (${runs} runs each): p50 / p95`);
      for (const [path, list] of times) row(`    ${path.length > 54 ? `${path.slice(0, 51)}...` : path}`, figures(list));
      row('    all of the above', figures([...times.values()].flat()));
    };
    report('GET /events, filtered', eventTimes);
    report('GET /timeline, filtered', timelineTimes);
    report('unfiltered aggregates (the dashboard with no filter)', unfiltered);
    row('GET /timeline?actor=RUS just after 100 new events are stored', `${afterWrite.toFixed(1)} ms`);
    if (load) {
      row('dashboard first load, cold browser cache', `${load.cold.toFixed(0)} ms`);
      row('dashboard load, warm (p50 of 5)', `${percentile(load.warm, 50).toFixed(0)} ms`);
    } else {
      row('dashboard first load', 'skipped: /usr/bin/chromium is missing');
    }
    await app.close();
    await reads.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function percentile(list: number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figures(list: number[]): string {
  return `${percentile(list, 50).toFixed(1)} / ${percentile(list, 95).toFixed(1)} ms`;
}

/** Loads the dashboard in Chromium until every panel is drawn: once with a cold cache, then 5 times warm. */
async function firstLoads(base: string): Promise<{ cold: number; warm: number[] }> {
  const { launchChromium } = await import('../test/e2e/browser.js');
  const browser = await launchChromium();
  try {
    const loadOnce = async () => {
      const page = await browser.context.newPage();
      const start = performance.now();
      await page.goto(`${base}/`);
      await Promise.all(['tbody tr', '.timeline svg rect', '.network .node', '.map circle.place'].map((selector) => page.locator(selector).first().waitFor({ timeout: 30_000 })));
      const ms = performance.now() - start;
      await page.close();
      return ms;
    };
    const cold = await loadOnce();
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await loadOnce());
    return { cold, warm };
  } finally {
    await browser.close();
  }
}
