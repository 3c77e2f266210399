import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { SitrepError } from '../core/errors.js';
import type { GoldCase, GoldEvent, GoldSet } from './gold.js';
import { parseJsonLines } from './parse-json-lines.js';

/** Older PLOVER names used by the gold-standard records, mapped to the current 16 types. */
const OLD_PLOVER: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** Current PLOVER name for a gold type ("DEMAND" → "REQUEST"). */
export function currentPlover(type: string): string {
  const t = type.trim().toUpperCase();
  return OLD_PLOVER[t] ?? t;
}

const GsrActor = z.object({ actorText: z.string().optional(), code: z.string(), sector: z.string().optional() });
const GsrActors = z.union([z.array(GsrActor), z.string(), z.null()]).optional();
const GsrRecord = z.object({ id: z.string(), text: z.string(), event: z.string(), source: GsrActors, target: GsrActors, date: z.string().optional() }).passthrough();

const SitrepGoldEvent = z.object({
  source: z.string(), target: z.string().nullable().optional(), cameo: z.string().optional(), plover: z.string(), modality: z.string().optional(),
});
const SitrepGoldLine = z.object({ id: z.string(), text: z.string(), published: z.string(), events: z.array(SitrepGoldEvent) });

const SeedExpected = z.object({
  publication_date: z.string(),
  expected_events: z.array(z.object({
    id: z.string(), source: z.array(z.string().nullable()), target: z.array(z.string().nullable()), cameo_any: z.array(z.string()),
    plover: z.string().optional(), plover_any: z.array(z.string()).optional(), modality: z.string().optional(), optional: z.boolean().optional(),
  })),
});

/** Full CAMEO-style code of a gold actor: country/organisation code plus sector ("PSE" + "GOV"). */
function gsrCodes(actors: z.infer<typeof GsrActors>): string[] {
  if (!Array.isArray(actors)) return [];
  return actors.map((a) => {
    const sector = (a.sector ?? '').replace(/[^A-Z]/g, '').slice(0, 3);
    return a.code + (sector.length === 3 ? sector : '');
  });
}

/**
 * Reads a gold set, recognising its kind: PLOVER gold-standard records (a JSON array), sitrep gold JSON Lines,
 * or the seed's expected.json (paired with the .txt report in the same folder).
 * Throws SitrepError naming the file (and line for JSON Lines) when it does not fit.
 */
export function readGoldSet(path: string): GoldSet {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new SitrepError(`cannot read gold set ${path}: ${(cause as Error).message}`, { cause });
  }
  const name = basename(path).replace(/\.(jsonl|json)$/, '');
  if (path.endsWith('.jsonl')) return { name, path, kind: 'sitrep-jsonl', cases: readSitrepJsonl(path, raw) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (cause) {
    throw new SitrepError(`${path}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  if (Array.isArray(data)) return { name, path, kind: 'plover-gsr', cases: readGsr(path, data) };
  const seed = SeedExpected.safeParse(data);
  if (seed.success) return { name: basename(dirname(path)), path, kind: 'seed-expected', cases: [readSeed(path, seed.data)] };
  throw new SitrepError(`${path}: not a gold set sitrep knows (PLOVER records, sitrep JSON Lines or a seed expected.json)`);
}

function readGsr(path: string, data: unknown[]): GoldCase[] {
  return data.map((item, k) => {
    const r = GsrRecord.safeParse(item);
    if (!r.success) throw new SitrepError(`${path}: record ${k + 1} does not fit the PLOVER record format: ${r.error.issues[0]?.message ?? ''}`);
    const plover = currentPlover(r.data.event);
    const event: GoldEvent = {
      sources: gsrCodes(r.data.source), targets: gsrCodes(r.data.target), plover, ploverAny: [plover], cameo: [], modality: null, optional: false, label: r.data.id,
    };
    return { id: r.data.id, text: r.data.text, published: '2000-01-01', events: [event] };
  });
}

function readSitrepJsonl(path: string, raw: string): GoldCase[] {
  return parseJsonLines(path, raw, SitrepGoldLine, 'a sitrep gold record').map((r) => ({
    id: r.id, text: r.text, published: r.published.slice(0, 10),
    events: r.events.map((e, k) => ({
      sources: [e.source], targets: e.target ? [e.target] : [], plover: currentPlover(e.plover), ploverAny: [currentPlover(e.plover)],
      cameo: e.cameo ? [e.cameo] : [], modality: e.modality ?? null, optional: false, label: `${r.id}#${k + 1}`,
    })),
  }));
}

function readSeed(path: string, seed: z.infer<typeof SeedExpected>): GoldCase {
  const dir = dirname(path);
  const report = readFileSync(join(dir, firstTxt(dir)), 'utf8');
  return {
    id: basename(dir), text: report, published: seed.publication_date,
    events: seed.expected_events.map((e) => {
      const types = (e.plover_any ?? (e.plover ? [e.plover] : [])).map(currentPlover);
      return {
        sources: e.source.filter((s): s is string => !!s), targets: e.target.filter((t): t is string => !!t && t !== '---'),
        plover: types[0] ?? '', ploverAny: types, cameo: e.cameo_any, modality: e.modality ?? null, optional: !!e.optional, label: e.id,
      };
    }),
  };
}

function firstTxt(dir: string): string {
  const name = (readdirSafe(dir)).find((f) => f.endsWith('.txt'));
  if (!name) throw new SitrepError(`${dir}: expected.json has no .txt report beside it`);
  return name;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
