/**
 * Compiles the gazetteer into .cache/gazetteer/ (countries, cities-500, dictionaries/places) and prints figures.
 * The coder also builds it on first use when the cache is missing, so running this is optional.
 * Usage: npm run build:gazetteer
 */
import { performance } from 'node:perf_hooks';
import { rebuildGazetteer } from '../src/gazetteer/load-gazetteer.js';
import { statSync } from 'node:fs';

const t0 = performance.now();
const file = rebuildGazetteer();
const ms = performance.now() - t0;
console.log(`gazetteer built in ${(ms / 1000).toFixed(1)} s: ${file} (${(statSync(file).size / 2 ** 20).toFixed(1)} MB)`);
