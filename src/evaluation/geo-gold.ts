import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { SitrepError } from '../core/errors.js';
import { parseJsonLines } from './parse-json-lines.js';

const GoldToponym = z.object({
  start: z.number().int(), end: z.number().int(), name: z.string(),
  lat: z.number().nullable().optional(), lon: z.number().nullable().optional(), geonameid: z.number().nullable().optional(),
  fcode: z.string().nullable().optional(), norm: z.string().nullable().optional(), type: z.string().nullable().optional(),
}).passthrough();
const GoldDoc = z.object({ id: z.string(), text: z.string(), toponyms: z.array(GoldToponym) }).passthrough();

/** One gold toponym: character span, name, and (where the corpus gives them) WGS84 coordinates and GeoNames data. */
export type GeoGoldToponym = z.infer<typeof GoldToponym>;
/** One geoparsing gold document (schema: ../shared/eval/geo/README.md). */
export type GeoGoldDoc = z.infer<typeof GoldDoc>;

/** A geoparsing gold set read from one JSON Lines file. */
export interface GeoGoldSet {
  name: string;
  path: string;
  docs: GeoGoldDoc[];
}

/**
 * Reads a geoparsing gold set: JSON Lines of `{id, text, toponyms: [{start, end, name, lat, lon, …}]}`.
 * @throws SitrepError naming the file and line when the file cannot be read or a line does not fit.
 */
export function readGeoGold(path: string): GeoGoldSet {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new SitrepError(`cannot read geo gold set ${path}: ${(cause as Error).message}`, { cause });
  }
  const docs = parseJsonLines(path, raw, GoldDoc, 'a geoparsing gold document');
  return { name: `geo-${basename(path).replace(/\.jsonl$/, '')}`, path, docs };
}
