import { DictionaryError } from '../core/errors.js';
import { items, splitLines } from '../dictionaries/lines.js';
import type { PlaceKind } from './place-kind.js';

/** Kinds a curated file may give (`alias` adds names to a country instead of making a place). */
const CURATED_KINDS = new Set<string>(['adm1', 'continent', 'region', 'sea', 'site', 'base', 'crossing', 'alias']);

/**
 * One line of dictionaries/places/*.txt: `names | kind | lat | lon | country | adjectives | note`.
 * `lat`/`lon` are WGS84 degrees (NaN for an alias that keeps the country's centre point); `country` is ISO 3166 alpha-3 or '' ("-").
 */
export interface CuratedPlace {
  names: string[];
  kind: PlaceKind | 'alias';
  lat: number;
  lon: number;
  country: string;
  adjectives: string[];
  note: string;
  /** `file:line`, for errors and provenance. */
  source: string;
}

const dash = (field: string): string => (field === '-' ? '' : field);

/**
 * Parses one curated places file (pure). Throws DictionaryError (file:line) for an unknown kind, a coordinate
 * out of range, a country that is not three capital letters, or a place without a name.
 */
export function parseCuratedPlaces(file: string, content: string): CuratedPlace[] {
  return splitLines(file, content, 7, 7).map(({ line, fields }) => {
    const [names = '', kind = '', lat = '', lon = '', country = '', adjectives = '', note = ''] = fields;
    const fail = (problem: string): never => { throw new DictionaryError(file, line, problem); };
    if (!CURATED_KINDS.has(kind)) fail(`unknown kind "${kind}" (expected ${[...CURATED_KINDS].join(', ')})`);
    const place: CuratedPlace = {
      names: items(names), kind: kind as CuratedPlace['kind'], lat: Number.NaN, lon: Number.NaN, country: dash(country),
      adjectives: items(dash(adjectives)), note, source: `${file}:${line}`,
    };
    if (place.names.length === 0) fail('a place needs a name');
    if (place.country !== '' && !/^[A-Z]{3}$/.test(place.country)) fail(`country "${country}" is not an ISO 3166 alpha-3 code`);
    if (kind === 'alias' && place.country === '') fail('an alias needs the country it names');
    if (kind === 'alias' && lat === '-' && lon === '-') return place;
    place.lat = Number(lat);
    place.lon = Number(lon);
    if (!(Math.abs(place.lat) <= 90) || !(Math.abs(place.lon) <= 180)) fail(`coordinates "${lat}, ${lon}" are not WGS84 degrees`);
    return place;
  });
}
