import type { Doc } from '../../core/doc.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { targetOf } from './place-target.js';
import type { Toponym, ToponymRole } from './toponym.js';

/**
 * One toponym as `sitrep places` prints it. `start`/`end` are character offsets into the article text; `name`,
 * `lat`, `lon` (WGS84 degrees), `country` (ISO 3166 alpha-3) and `kind` describe the resolved place, null when
 * unresolved; `geonameid` is null for places not from GeoNames (countries, curated places, generic names).
 */
export interface ToponymRecord {
  doc_id: string;
  start: number;
  end: number;
  text: string;
  name: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  kind: string | null;
  role: ToponymRole;
}

/** The printable record of a resolved toponym. A generic name ("Laurel County") is given the place it was put near. */
export function toponymRecord(docId: string, doc: Doc, tp: Toponym, gazetteer: Gazetteer): ToponymRecord {
  const text = doc.text.slice(tp.start, tp.end);
  const target = targetOf(tp);
  const base = { doc_id: docId, start: tp.start, end: tp.end, text, role: tp.role };
  if (target === null) return { ...base, name: null, geonameid: null, lat: null, lon: null, country: null, kind: null };
  const p = gazetteer.place(target);
  const generic = tp.place === null;
  return {
    ...base,
    name: generic ? text : p.name,
    geonameid: generic ? null : p.geonameid,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    kind: generic ? (tp.generic === 'sea' ? 'sea' : tp.generic ?? p.kind) : p.kind,
  };
}
