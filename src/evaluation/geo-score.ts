import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { haversineKm } from '../gazetteer/haversine-km.js';
import type { ToponymRecord } from '../pipeline/places/toponym-record.js';
import type { GeoGoldDoc, GeoGoldToponym } from './geo-gold.js';

/** The distance within which a resolved toponym counts as right (100 miles), km. */
export const ACCURACY_KM = 161;

export interface Prf { tp: number; precision: number; recall: number; f1: number }
export interface Identity { gold: number; correct: number; accuracy: number }

/** One recognition or resolution error, for the report. */
export interface GeoError {
  doc_id: string;
  kind: 'miss' | 'false' | 'far';
  start: number;
  end: number;
  text: string;
  gold?: { lat: number; lon: number; name: string };
  resolved?: { name: string | null; lat: number | null; lon: number | null; kind: string | null };
  km?: number;
  context: string;
}

/** Scores of one geoparsing set. Distances in km (haversine, Earth radius 6371 km). */
export interface GeoScore {
  docs: number;
  gold_toponyms: number;
  predicted_toponyms: number;
  /** Recognition with exact span match. */
  exact: Prf;
  /** Recognition where a predicted span overlaps a gold span (one to one). */
  overlap: Prf;
  /** Resolution over gold toponyms with coordinates that were recognised (overlap): accuracy within 161 km, errors. */
  resolution: { scored: number; within_161: number; accuracy_161: number; mean_km: number; median_km: number };
  /** Within 161 km over every gold toponym with coordinates (unrecognised ones count as wrong). */
  end_to_end_accuracy_161: number;
  /** Recognised gold toponyms that are countries / first-level regions, resolved to that very country / region. */
  countries: Identity;
  adm1: Identity;
  errors: GeoError[];
}

/**
 * Scores predicted toponyms against gold documents (same order). `gazetteer` tells which gold toponyms are
 * countries or first-level regions (by GeoNames feature code where the gold gives one, else by name and
 * nearness), so that those are also scored by identity.
 */
export function scoreGeo(docs: readonly GeoGoldDoc[], predicted: readonly ToponymRecord[][], gazetteer: Gazetteer): GeoScore {
  let gold = 0;
  let pred = 0;
  let exact = 0;
  let overlap = 0;
  const errorsKm: number[] = [];
  let within = 0;
  let withCoords = 0;
  const countries = { gold: 0, correct: 0 };
  const adm1 = { gold: 0, correct: 0 };
  const errors: GeoError[] = [];
  docs.forEach((doc, d) => {
    const mine = predicted[d] ?? [];
    gold += doc.toponyms.length;
    pred += mine.length;
    const used = new Set<number>();
    const exactKeys = new Set(doc.toponyms.map((g) => `${g.start}:${g.end}`));
    for (const p of mine) if (exactKeys.has(`${p.start}:${p.end}`)) exact++;
    for (const g of doc.toponyms) {
      const hasCoords = typeof g.lat === 'number' && typeof g.lon === 'number';
      if (hasCoords) withCoords++;
      const k = bestOverlap(mine, g, used);
      if (k < 0) {
        errors.push({ doc_id: doc.id, kind: 'miss', start: g.start, end: g.end, text: g.name, context: context(doc.text, g.start, g.end) });
        continue;
      }
      used.add(k);
      overlap++;
      const p = mine[k] as ToponymRecord;
      if (hasCoords) {
        const km = p.lat === null || p.lon === null ? Number.POSITIVE_INFINITY : haversineKm(g.lat as number, g.lon as number, p.lat, p.lon);
        errorsKm.push(km);
        if (km <= ACCURACY_KM) within++;
        else errors.push({ doc_id: doc.id, kind: 'far', start: g.start, end: g.end, text: g.name, gold: { lat: g.lat as number, lon: g.lon as number, name: g.norm ?? g.name }, resolved: { name: p.name, lat: p.lat, lon: p.lon, kind: p.kind }, km: Math.round(km), context: context(doc.text, g.start, g.end) });
      }
      const country = goldCountry(gazetteer, g);
      if (country !== null) {
        countries.gold++;
        if (p.kind === 'country' && p.country === country) countries.correct++;
      }
      const region = goldAdm1(gazetteer, g);
      if (region !== null) {
        adm1.gold++;
        if (p.kind === 'adm1' && p.name === region) adm1.correct++;
      }
    }
    mine.forEach((p, k) => {
      if (!used.has(k)) errors.push({ doc_id: doc.id, kind: 'false', start: p.start, end: p.end, text: p.text, resolved: { name: p.name, lat: p.lat, lon: p.lon, kind: p.kind }, context: context(doc.text, p.start, p.end) });
    });
  });
  const finite = errorsKm.filter(Number.isFinite).sort((a, b) => a - b);
  return {
    docs: docs.length,
    gold_toponyms: gold,
    predicted_toponyms: pred,
    exact: prf(exact, pred, gold),
    overlap: prf(overlap, pred, gold),
    resolution: {
      scored: errorsKm.length,
      within_161: within,
      accuracy_161: ratio(within, errorsKm.length),
      mean_km: round(finite.reduce((s, x) => s + x, 0) / Math.max(1, finite.length)),
      median_km: round(finite.length === 0 ? 0 : (finite[Math.floor((finite.length - 1) / 2)] as number + (finite[Math.ceil((finite.length - 1) / 2)] as number)) / 2),
    },
    end_to_end_accuracy_161: ratio(within, withCoords),
    countries: { ...countries, accuracy: ratio(countries.correct, countries.gold) },
    adm1: { ...adm1, accuracy: ratio(adm1.correct, adm1.gold) },
    errors,
  };
}

function bestOverlap(mine: readonly ToponymRecord[], g: GeoGoldToponym, used: Set<number>): number {
  let best = -1;
  let bestShared = 0;
  mine.forEach((p, k) => {
    if (used.has(k)) return;
    const shared = Math.min(p.end, g.end) - Math.max(p.start, g.start);
    if (shared > bestShared) { best = k; bestShared = shared; }
  });
  return best;
}

/** The ISO code of the country a gold toponym names, or null when it names no country. */
function goldCountry(gazetteer: Gazetteer, g: GeoGoldToponym): string | null {
  if (g.fcode && !g.fcode.startsWith('PCL')) return null;
  const place = identify(gazetteer, g, 'country', 1500);
  return place === null ? null : gazetteer.country(place);
}

/** The name of the first-level region a gold toponym names, or null. */
function goldAdm1(gazetteer: Gazetteer, g: GeoGoldToponym): string | null {
  if (g.fcode && g.fcode !== 'ADM1') return null;
  const place = identify(gazetteer, g, 'adm1', 600);
  return place === null ? null : gazetteer.place(place).name;
}

function identify(gazetteer: Gazetteer, g: GeoGoldToponym, kind: 'country' | 'adm1', km: number): number | null {
  if (typeof g.lat !== 'number' || typeof g.lon !== 'number') return null;
  let best: number | null = null;
  let bestKm = km;
  for (const name of [g.norm ?? '', g.name]) {
    for (const c of gazetteer.lookup(name)) {
      if (gazetteer.kind(c.place) !== kind) continue;
      const d = haversineKm(g.lat, g.lon, gazetteer.lat(c.place), gazetteer.lon(c.place));
      if (d < bestKm) { best = c.place; bestKm = d; }
    }
  }
  return best;
}

function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  return { tp, precision, recall, f1: precision + recall === 0 ? 0 : round((2 * precision * recall) / (precision + recall), 4) };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : round(a / b, 4);
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 50), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');
}
