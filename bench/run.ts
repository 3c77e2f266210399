/**
 * sitrep benchmarks: prints figures, never passes or fails.
 * Coding: sentences per second and peak resident memory for coding generated news (default 10,000 sentences).
 * Places: gazetteer load time and memory, toponyms resolved per second (bench/places.ts).
 * Usage: npm run bench [-- --sentences N]
 */
import { performance } from 'node:perf_hooks';
import { loadCoder } from '../src/index.js';
import { generateArticles } from './generate-news.js';
import { benchPlaces } from './places.js';

function arg(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
}

const sentences = arg('sentences', 10_000);
const perArticle = 20;
let peakRss = process.memoryUsage().rss;
const sample = (): void => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
const timer = setInterval(sample, 20);

const t0 = performance.now();
const coder = loadCoder();
const loadMs = performance.now() - t0;
sample();

const articles = generateArticles(Math.ceil(sentences / perArticle), perArticle);
coder.code(articles[0]!); // warm up
const t1 = performance.now();
let events = 0;
for (const a of articles) {
  events += coder.code(a).events.length;
  sample();
}
const seconds = (performance.now() - t1) / 1000;
clearInterval(timer);
sample();

const total = articles.length * perArticle;
const rows: [string, string][] = [
  ['dictionary load + compile', `${loadMs.toFixed(0)} ms`],
  ['sentences coded', `${total}`],
  ['events coded', `${events}`],
  ['coding speed', `${Math.round(total / seconds)} sentences/s (one core)`],
  ['peak resident memory', `${(peakRss / 2 ** 20).toFixed(0)} MB`],
];
console.log('sitrep bench: coding');
for (const [k, v] of rows) console.log(`  ${k.padEnd(28)} ${v}`);

benchPlaces();

// Serving: filtered API queries and the dashboard's first load over 1,000,000 events (bench/serve.ts).
await import('./serve.js');

// Ingestion: articles per second end to end from a local server, and peak memory (bench/ingest-bench.ts).
await (await import('./ingest-bench.js')).benchIngest();
