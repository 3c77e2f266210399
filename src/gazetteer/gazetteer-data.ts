/**
 * The compiled gazetteer in memory, as columns: place `i` is row `i` of every column. Text columns are one
 * string each with an offsets array (entry `i` is `text.slice(offsets[i], offsets[i + 1])`); small vocabularies
 * (country codes, admin1 codes, feature codes) are tables indexed by a number column.
 *
 * Name index: `keys` holds every normalised name (see `nameKey`) in ascending UTF-16 order, for binary search;
 * the postings of key `k` are `postings[postingOffsets[k] … postingOffsets[k + 1])`, each `place * 4 + form`,
 * where form indexes `NAME_FORMS`.
 */
export interface GazetteerData {
  /** What it was built from: package versions, a hash of the curated files, the format. */
  sources: Record<string, string>;
  names: TextColumn;
  /** WGS84 degrees. */
  lat: Float32Array;
  lon: Float32Array;
  /** Index into `countryCodes` (ISO 3166 alpha-3; '' for seas and areas across borders). */
  country: Uint16Array;
  countryCodes: string[];
  /** Index into `admin1Codes` (GeoNames admin1 code within the country, or ''). */
  admin1: Uint16Array;
  admin1Codes: string[];
  population: Uint32Array;
  /** Index into PLACE_KINDS. */
  kind: Uint8Array;
  /** Index into `featureCodes` (GeoNames feature code, '' for places not from GeoNames). */
  featureCode: Uint8Array;
  featureCodes: string[];
  /** GeoNames id, 0 for places not from GeoNames. */
  geonameid: Uint32Array;
  keys: TextColumn;
  postingOffsets: Uint32Array;
  postings: Uint32Array;
  /** Keys (`nameKey`) of capitalised words that are rarely places in news (not-places.txt). */
  notPlaces: string[];
  /** Relative waters: `COUNTRY:direction` → place index of the sea. */
  waters: Record<string, number>;
}

/** Strings stored as one text and offsets: entry `i` is `text.slice(offsets[i], offsets[i + 1])`. */
export interface TextColumn {
  text: string;
  offsets: Uint32Array;
}

/** How a name names a place: its name, an alternate name, an adjective ("Russian"), an abbreviation ("Ill."). */
export const NAME_FORMS = ['name', 'alternate', 'adjective', 'abbreviation'] as const;
export type NameForm = (typeof NAME_FORMS)[number];

/** Current cache format; a cache of another format is rebuilt. */
export const GAZETTEER_FORMAT = 2;
