import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDictionaries } from '../dictionaries/load.js';
import { loadGazetteer } from '../gazetteer/load-gazetteer.js';
import { createPlaceFinder } from '../pipeline/places/place-finder.js';
import { evaluateGeoSet } from './geo-evaluate.js';
import { readGeoGold } from './geo-gold.js';
import type { GeoError, GeoScore } from './geo-score.js';

interface Output { write(chunk: string): unknown }

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/**
 * Scores the geoparsing gold sets at `paths` (see `scoreGeo`), prints a summary table and, with `showErrors`,
 * the first errors of each set, and writes `<reports>/<set>.json` (scores, every error, gazetteer sources).
 * @throws SitrepError when a gold file cannot be read or does not fit the schema.
 */
export function reportGeo(paths: readonly string[], reports: string, out: Output, showErrors = 0): void {
  if (paths.length === 0) return;
  const sets = paths.map((p) => readGeoGold(p));
  const gazetteer = loadGazetteer();
  const finder = createPlaceFinder(loadDictionaries(), gazetteer);
  mkdirSync(reports, { recursive: true });
  const rows: { name: string; score: GeoScore }[] = [];
  for (const set of sets) {
    const { score, ms } = evaluateGeoSet(set, finder, gazetteer);
    rows.push({ name: set.name, score });
    writeFileSync(join(reports, `${set.name}.json`), `${JSON.stringify({ set: set.name, source: set.path, kind: 'geo', found_in_ms: Math.round(ms), gazetteer: gazetteer.sources, ...score }, null, 2)}\n`);
  }
  out.write(`${formatGeoSummary(rows)}\n`);
  for (const { name, score } of rows) {
    for (const e of score.errors.slice(0, showErrors)) out.write(`  ${name} ${formatError(e)}\n`);
  }
  out.write('\n');
}

/** The geoparsing summary: recognition P/R/F1 (exact spans; F1 with overlap), resolution accuracy@161 km and errors in km, identity accuracy. */
export function formatGeoSummary(rows: readonly { name: string; score: GeoScore }[]): string {
  const head = `${'geo set'.padEnd(18)} ${'docs'.padStart(4)} ${'gold'.padStart(5)} ${'found'.padStart(5)}   ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'F1ovl'.padStart(5)}   ${'acc161'.padStart(6)} ${'meanKm'.padStart(7)} ${'medKm'.padStart(6)}   ${'country'.padStart(7)} ${'adm1'.padStart(5)}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const { name, score: s } of rows) {
    lines.push(`${name.padEnd(18)} ${String(s.docs).padStart(4)} ${String(s.gold_toponyms).padStart(5)} ${String(s.predicted_toponyms).padStart(5)}   ${pct(s.exact.precision)} ${pct(s.exact.recall)} ${pct(s.exact.f1)} ${pct(s.overlap.f1)}   ${pct(s.resolution.accuracy_161).padStart(6)} ${String(s.resolution.mean_km).padStart(7)} ${String(s.resolution.median_km).padStart(6)}   ${pct(s.countries.accuracy).padStart(7)} ${pct(s.adm1.accuracy)}`);
  }
  return lines.join('\n');
}

function formatError(e: GeoError): string {
  const label = e.kind === 'miss' ? 'MISS ' : e.kind === 'false' ? 'FALSE' : 'FAR  ';
  const where = e.resolved ? ` → ${e.resolved.name ?? '?'}${e.km === undefined ? '' : ` (${e.km} km off)`}` : '';
  return `${label} ${e.doc_id} "${e.text}"${where}: ${e.context.slice(0, 120)}`;
}
