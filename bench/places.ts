/**
 * Places benchmark (printed by `npm run bench`): gazetteer load time from its cache file and the memory it
 * takes, then toponyms found and resolved per second over the geoparsing gold texts of ../shared/eval/geo when
 * present, else over generated news.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/core/article.js';
import { loadDictionaries } from '../src/dictionaries/load.js';
import { GAZETTEER_CACHE, loadGazetteer } from '../src/gazetteer/load-gazetteer.js';
import { createPlaceFinder } from '../src/pipeline/places/place-finder.js';
import { generateArticles } from './generate-news.js';

const GEO = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/eval/geo');

/** Runs the places benchmark and prints its figures. */
export function benchPlaces(): void {
  const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  globalThis.gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const gazetteer = loadGazetteer({ cacheDir: GAZETTEER_CACHE }); // a fresh load from the cache file
  const loadMs = performance.now() - t0;
  globalThis.gc?.();
  const after = process.memoryUsage();

  const articles = benchArticles();
  const finder = createPlaceFinder(loadDictionaries(), gazetteer);
  finder.records(articles[0] as Article); // warm up
  let peak = process.memoryUsage().rss;
  const t1 = performance.now();
  let toponyms = 0;
  let resolved = 0;
  for (const a of articles) {
    for (const r of finder.records(a)) {
      toponyms++;
      if (r.lat !== null) resolved++;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t1) / 1000;
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  const rows: [string, string][] = [
    ['gazetteer places', `${gazetteer.size}`],
    ['gazetteer load (cache file)', `${loadMs.toFixed(0)} ms`],
    ['gazetteer heap', `${mb(after.heapUsed - before.heapUsed)}${globalThis.gc ? '' : ' (approximate: run node with --expose-gc)'}`],
    ['resident after load', mb(after.rss)],
    ['texts', `${articles.length} (${words} words${existsSync(GEO) ? ', ../shared/eval/geo' : ', generated'})`],
    ['toponyms found', `${toponyms} (${resolved} resolved)`],
    ['toponym speed', `${Math.round(toponyms / seconds)} toponyms/s, ${Math.round(words / seconds)} words/s (one core, with tokenizer and actors)`],
    ['peak resident memory', mb(peak)],
  ];
  console.log('sitrep bench: places');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(28)} ${v}`);
}

function benchArticles(): Article[] {
  if (!existsSync(GEO)) return generateArticles(200, 20);
  return readdirSync(GEO).filter((f) => f.endsWith('.jsonl')).flatMap((f) =>
    readFileSync(join(GEO, f), 'utf8').trim().split('\n').map((line) => {
      const d = JSON.parse(line) as { id: string; text: string };
      return { id: d.id, text: d.text, published: '2000-01-01' };
    }));
}
