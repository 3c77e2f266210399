import { PLACE_KINDS, type PlaceKind } from './place-kind.js';
import { NAME_FORMS, type GazetteerData, type NameForm } from './gazetteer-data.js';
import { nameKey } from './name-key.js';

/** One gazetteer place. `lat`/`lon` in WGS84 degrees; `country` ISO 3166 alpha-3 or null. */
export interface GazetteerPlace {
  /** Row in the gazetteer (stable for one build only). */
  id: number;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  /** GeoNames admin1 code within the country, or ''. */
  admin1: string;
  population: number;
  kind: PlaceKind;
  /** GeoNames feature code, or '' for places not from GeoNames. */
  featureCode: string;
  geonameid: number | null;
}

/** A place a name may refer to, and how the name names it. */
export interface NameMatch {
  place: number;
  form: NameForm;
}

const NONE: readonly NameMatch[] = Object.freeze([]);

/**
 * The compiled gazetteer in memory: typed columns of places and a sorted name index searched by bisection (see
 * GazetteerData). Lookups are by normalised name (`nameKey`). Pure; load one with `loadGazetteer`
 * (src/gazetteer/load-gazetteer.ts).
 * @example gazetteer.lookup('Paris') // [{ place: 1234, form: 'name' }, …]
 */
export class Gazetteer {
  readonly size: number;
  private readonly countries = new Map<string, number>();
  private readonly adm1s = new Map<string, number>();
  private readonly notPlaces: Set<string>;
  private readonly keyCount: number;

  constructor(private readonly data: GazetteerData) {
    this.size = data.lat.length;
    this.keyCount = data.keys.offsets.length - 1;
    this.notPlaces = new Set(data.notPlaces);
    const countryKind = PLACE_KINDS.indexOf('country');
    const adm1Kind = PLACE_KINDS.indexOf('adm1');
    for (let i = 0; i < this.size; i++) {
      if (data.kind[i] === countryKind) this.countries.set(this.country(i), i);
      else if (data.kind[i] === adm1Kind && this.admin1(i) !== '') {
        const key = `${this.country(i)}.${this.admin1(i)}`;
        if (!this.adm1s.has(key)) this.adm1s.set(key, i);
      }
    }
  }

  /** Places named `name` (any spelling the index holds), in index order; empty when none. */
  lookup(name: string): readonly NameMatch[] {
    return this.lookupKey(nameKey(name));
  }

  /** Like `lookup`, for a key already normalised with `nameKey`. */
  lookupKey(key: string): readonly NameMatch[] {
    const k = this.findKey(key);
    if (k < 0) return NONE;
    const { postingOffsets, postings } = this.data;
    const out: NameMatch[] = [];
    for (let p = postingOffsets[k] as number; p < (postingOffsets[k + 1] as number); p++) {
      const v = postings[p] as number;
      out.push({ place: v >>> 2, form: NAME_FORMS[v & 3] as NameForm });
    }
    return out;
  }

  place(i: number): GazetteerPlace {
    const { names } = this.data;
    const code = this.data.featureCodes[this.data.featureCode[i] as number] as string;
    return {
      id: i, name: names.text.slice(names.offsets[i], names.offsets[i + 1]), lat: this.lat(i), lon: this.lon(i),
      country: this.country(i) || null, admin1: this.admin1(i), population: this.population(i), kind: this.kind(i),
      featureCode: code, geonameid: (this.data.geonameid[i] as number) || null,
    };
  }

  kind(i: number): PlaceKind {
    return PLACE_KINDS[this.data.kind[i] as number] as PlaceKind;
  }

  /** Latitude, WGS84 degrees, rounded to 4 decimals (the columns are 32-bit floats). */
  lat(i: number): number { return round4(this.data.lat[i] as number); }
  /** Longitude, WGS84 degrees, rounded to 4 decimals. */
  lon(i: number): number { return round4(this.data.lon[i] as number); }
  /** ISO 3166 alpha-3, or '' for places across borders. */
  country(i: number): string { return this.data.countryCodes[this.data.country[i] as number] as string; }
  admin1(i: number): string { return this.data.admin1Codes[this.data.admin1[i] as number] as string; }
  population(i: number): number { return this.data.population[i] as number; }
  /** GeoNames feature code (PPL, PPLA, PPLC …), or '' for places not from GeoNames. */
  featureCode(i: number): string { return this.data.featureCodes[this.data.featureCode[i] as number] as string; }

  /** Whether a key (`nameKey`) is listed as rarely a place in news (not-places.txt). */
  isNotPlace(key: string): boolean {
    return this.notPlaces.has(key);
  }

  /** The country place of an ISO 3166 alpha-3 code. */
  countryPlace(code: string): number | undefined {
    return this.countries.get(code);
  }

  /** The first-level region with this admin1 code in this country, when the gazetteer names it. */
  adm1Place(country: string, admin1: string): number | undefined {
    return this.adm1s.get(`${country}.${admin1}`);
  }

  /** The sea a relative phrase means from `country`'s coast ("eastern seas" from PRK → Sea of Japan). */
  water(country: string, direction: 'north' | 'south' | 'east' | 'west'): number | undefined {
    return this.data.waters[`${country}:${direction}`];
  }

  /** What the gazetteer was built from (package versions, curated files hash). */
  get sources(): Readonly<Record<string, string>> {
    return this.data.sources;
  }

  /** Whether some indexed name starts with `prefix` (a key made with `nameKey`). */
  hasPrefix(prefix: string): boolean {
    const { text, offsets } = this.data.keys;
    const k = this.lowerBound(prefix);
    if (k >= this.keyCount) return false;
    const start = offsets[k] as number;
    return (offsets[k + 1] as number) - start >= prefix.length && text.startsWith(prefix, start);
  }

  /** First index whose key is not below `key` (UTF-16 order). */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keyCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareKey(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Compares key `k` with `key` in place, without slicing. */
  private compareKey(k: number, key: string): number {
    const { text, offsets } = this.data.keys;
    const start = offsets[k] as number;
    const length = (offsets[k + 1] as number) - start;
    const n = Math.min(length, key.length);
    for (let c = 0; c < n; c++) {
      const d = text.charCodeAt(start + c) - key.charCodeAt(c);
      if (d !== 0) return d;
    }
    return length - key.length;
  }

  /** Index of `key` in the sorted keys (UTF-16 order), or -1; compares in place, without slicing. */
  private findKey(key: string): number {
    const { text, offsets } = this.data.keys;
    let lo = 0;
    let hi = this.keyCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = offsets[mid] as number;
      const length = (offsets[mid + 1] as number) - start;
      let cmp = 0;
      const n = Math.min(length, key.length);
      for (let c = 0; c < n && cmp === 0; c++) cmp = text.charCodeAt(start + c) - key.charCodeAt(c);
      if (cmp === 0) cmp = length - key.length;
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
