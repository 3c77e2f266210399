import type { Doc } from '../../core/doc.js';
import type { PlaceKind } from '../../gazetteer/curated-place.js';
import type { Gazetteer, NameMatch } from '../../gazetteer/gazetteer.js';
import { haversineKm } from '../../gazetteer/haversine-km.js';
import { nameKey } from '../../gazetteer/name-key.js';
import type { ActorLayer } from '../actors/find-actors.js';
import type { Toponym } from './toponym.js';

/**
 * Prior of each kind of place, on the scale of log10(population) used for cities: a country beats any city of
 * its name, a named region or sea beats all but the largest cities, a capital gets +2 on its population.
 */
const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 10, continent: 9.5, adm1: 8.5, region: 8.5, sea: 8.5, site: 8, base: 8, crossing: 8, capital: 2, city: 0,
};
/** Weights of the article's focus: share of its confidently placed toponyms in a country, and in a region. */
const COUNTRY_FOCUS = 3;
const REGION_FOCUS = 2.5;
/** Bonus for a candidate near the article's other places, by distance (km). */
const NEAR: readonly [number, number][] = [[50, 2], [150, 1.2], [400, 0.6]];
/**
 * Weights of the article's soft votes: the share of its other names that have some reading in a region (or a
 * country), each name spreading one vote over the regions it could be in. Local news names several small
 * places of one county; their shared region wins ("Paris" with "Roxton" and "Dallas" → Paris, Texas).
 */
const REGION_VOTE = 3;
const COUNTRY_VOTE = 1.5;
/** A first-pass reading this far ahead of the next is taken as certain enough to set the focus. */
const CONFIDENT_MARGIN = 1.5;

/** Article-level evidence for resolution: country and region shares, and the points of confident places. */
interface Focus {
  country: Map<string, number>;
  region: Map<string, number>;
  votes: Votes;
  anchors: { key: string; country: string; lat: number; lon: number }[];
}

/**
 * Resolves each toponym to one gazetteer place, in place (`place`, or `near` for generic names such as
 * "Laurel County" that the gazetteer lacks). Evidence, in order of strength: the container ("Springfield,
 * Illinois"), the kind of place (country > region > city, by population; a capital gets a bonus), the article's
 * country and region focus (from toponyms that are unambiguous and from actor mentions), and nearness to the
 * article's other places. One name keeps one reading through the article. Pure.
 */
export function resolveToponyms(doc: Doc, toponyms: Toponym[], actors: ActorLayer, gazetteer: Gazetteer): void {
  const keys = toponyms.map((tp) => nameKey(doc.text.slice(tp.start, tp.end)));
  const pools = toponyms.map((tp) => tp.candidates);
  // Containers first: they restrict what they hold.
  for (let k = 0; k < toponyms.length; k++) {
    const tp = toponyms[k] as Toponym;
    if (!tp.container) continue;
    tp.place = best(tp.candidates, (c) => prior(gazetteer, c))?.place ?? null;
  }
  for (let k = 0; k < toponyms.length; k++) {
    const tp = toponyms[k] as Toponym;
    const holder = toponyms[tp.within];
    if (!holder || holder.place === null) continue;
    const inside = tp.candidates.filter((c) => within(gazetteer, c.place, holder.place as number));
    if (inside.length > 0) pools[k] = inside;
  }

  const focus = firstPass(toponyms, pools, keys, actors, gazetteer);
  const chosen = new Map<string, { place: number; score: number }>();
  const scores = toponyms.map((tp, k) => {
    const pool = pools[k] as NameMatch[];
    if (tp.container && tp.place !== null) return null;
    const scored = best(pool, (c) => prior(gazetteer, c) + context(gazetteer, c.place, focus, keys[k] as string));
    if (scored && (tp.within < 0) && tp.generic === null) {
      const seen = chosen.get(keys[k] as string);
      if (!seen || scored.score > seen.score) chosen.set(keys[k] as string, scored);
    }
    return scored;
  });
  toponyms.forEach((tp, k) => {
    if ((tp.container && tp.place !== null) || tp.direction) return;
    const own = scores[k];
    // One sense per article: a name without its own container takes the best reading of that name.
    const shared = tp.within < 0 && tp.generic === null ? chosen.get(keys[k] as string) : undefined;
    const pick = shared && (pools[k] as NameMatch[]).some((c) => c.place === shared.place) ? shared : own;
    if (tp.generic !== null) tp.near = pick?.place ?? nearestAnchor(gazetteer, focus);
    else tp.place = pick?.place ?? null;
  });
  for (const tp of toponyms) if (tp.direction) tp.place = relativeWater(tp, actors, focus, gazetteer);
}

function prior(gazetteer: Gazetteer, c: NameMatch): number {
  const kind = gazetteer.kind(c.place);
  let score = KIND_PRIOR[kind];
  if (kind === 'city' || kind === 'capital') {
    score += Math.log10(gazetteer.population(c.place) + 1);
    const code = gazetteer.featureCode(c.place);
    if (code === 'PPLA') score += 0.5;
    if (code === 'PPLX') score -= 1;
  }
  if (c.form === 'alternate') score -= kind === 'city' || kind === 'capital' ? 2 : 1;
  return score;
}

function context(gazetteer: Gazetteer, place: number, focus: Focus, key: string): number {
  const country = gazetteer.country(place);
  let score = COUNTRY_FOCUS * (focus.country.get(country) ?? 0) + COUNTRY_VOTE * focus.votes.share('country', country, key);
  const kind = gazetteer.kind(place);
  // A country holds its own regions and places: their evidence never makes one of its towns beat it.
  if (kind === 'country') {
    let regions = 0;
    for (const [r, share] of focus.region) if (r.startsWith(`${country}.`)) regions += share;
    return score + REGION_FOCUS * Math.min(1, regions) + (focus.anchors.some((a) => a.country === country) ? NEAR[0]![1] : 0);
  }
  const region = `${country}.${gazetteer.admin1(place)}`;
  score += REGION_FOCUS * (focus.region.get(region) ?? 0) + REGION_VOTE * focus.votes.share('region', region, key);
  if (kind === 'city' || kind === 'capital' || kind === 'site' || kind === 'base' || kind === 'crossing') {
    let nearest = Number.POSITIVE_INFINITY;
    for (const a of focus.anchors) {
      if (a.key === key) continue;
      nearest = Math.min(nearest, haversineKm(gazetteer.lat(place), gazetteer.lon(place), a.lat, a.lon));
    }
    for (const [km, bonus] of NEAR) if (nearest < km) { score += bonus; break; }
  }
  return score;
}

/** The first pass: readings from priors alone; the confident ones set the article's focus. */
function firstPass(toponyms: Toponym[], pools: NameMatch[][], keys: string[], actors: ActorLayer, gazetteer: Gazetteer): Focus {
  const country = new Map<string, number>();
  const region = new Map<string, number>();
  const anchors: Focus['anchors'] = [];
  let total = 0;
  let regional = 0;
  const add = (place: number, weight: number): void => {
    const c = gazetteer.country(place);
    if (c === '') return;
    country.set(c, (country.get(c) ?? 0) + weight);
    total += weight;
    const kind = gazetteer.kind(place);
    if (kind !== 'country' && gazetteer.admin1(place) !== '') {
      const r = `${c}.${gazetteer.admin1(place)}`;
      region.set(r, (region.get(r) ?? 0) + weight);
      regional += weight;
    }
  };
  toponyms.forEach((tp, k) => {
    const pool = pools[k] as NameMatch[];
    if (tp.container && tp.place !== null) { add(tp.place, 1); return; }
    if (pool.length === 0 || tp.generic !== null) return;
    const ranked = pool.map((c) => prior(gazetteer, c)).sort((a, b) => b - a);
    if (pool.length > 1 && (ranked[0] as number) - (ranked[1] as number) < CONFIDENT_MARGIN && tp.within < 0) return;
    const pick = best(pool, (c) => prior(gazetteer, c)) as { place: number };
    add(pick.place, tp.role === 'modifier' ? 0.5 : 1);
    const kind = gazetteer.kind(pick.place);
    if (kind === 'city' || kind === 'capital' || kind === 'site' || kind === 'base' || kind === 'crossing') {
      anchors.push({ key: keys[k] as string, country: gazetteer.country(pick.place), lat: gazetteer.lat(pick.place), lon: gazetteer.lon(pick.place) });
    }
  });
  for (const m of actors.mentions) {
    const code = m.code.slice(0, 3);
    const place = /^[A-Z]{3}$/.test(code) ? gazetteer.countryPlace(code) : undefined;
    if (place !== undefined && m.kind !== 'pronoun') add(place, 0.5);
  }
  for (const [c, w] of country) country.set(c, w / total);
  for (const [r, w] of region) region.set(r, w / regional);
  const votes = new Votes();
  toponyms.forEach((tp, k) => { if (!tp.container) votes.add(keys[k] as string, pools[k] as NameMatch[], gazetteer); });
  return { country, region, anchors, votes };
}

/** Soft votes of the article's distinct names for countries and regions (see REGION_VOTE). */
class Votes {
  private readonly byKey = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();

  add(key: string, pool: readonly NameMatch[], gazetteer: Gazetteer): void {
    if (this.byKey.has(key) || pool.length === 0) return;
    const regions = new Set<string>();
    const countries = new Set<string>();
    for (const c of pool) {
      const country = gazetteer.country(c.place);
      if (country === '') continue;
      countries.add(`country:${country}`);
      if (gazetteer.kind(c.place) !== 'country' && gazetteer.admin1(c.place) !== '') regions.add(`region:${country}.${gazetteer.admin1(c.place)}`);
    }
    const own = new Map<string, number>();
    for (const r of regions) own.set(r, 1 / regions.size);
    for (const c of countries) own.set(c, 1 / countries.size);
    this.byKey.set(key, own);
    for (const [v, w] of own) this.totals.set(v, (this.totals.get(v) ?? 0) + w);
  }

  /** Share of the article's other names (not `key`) that vote for this country or region. */
  share(what: 'country' | 'region', id: string, key: string): number {
    const others = this.byKey.size - (this.byKey.has(key) ? 1 : 0);
    if (others === 0) return 0;
    const v = `${what}:${id}`;
    return ((this.totals.get(v) ?? 0) - (this.byKey.get(key)?.get(v) ?? 0)) / others;
  }
}

/** Whether `place` lies in `holder` (a country or first-level region). */
function within(gazetteer: Gazetteer, place: number, holder: number): boolean {
  if (gazetteer.country(place) !== gazetteer.country(holder)) return false;
  return gazetteer.kind(holder) === 'country' || gazetteer.admin1(place) === gazetteer.admin1(holder);
}

function best(pool: readonly NameMatch[], score: (c: NameMatch) => number): { place: number; score: number } | null {
  let top: { place: number; score: number } | null = null;
  for (const c of pool) {
    const s = score(c);
    if (!top || s > top.score) top = { place: c.place, score: s };
  }
  return top;
}

/** The country place the article is most about, for generic names nothing else places. */
function nearestAnchor(gazetteer: Gazetteer, focus: Focus): number | null {
  const top = [...focus.region.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top) {
    const [country = '', admin1 = ''] = top[0].split('.');
    const region = gazetteer.adm1Place(country, admin1);
    if (region !== undefined) return region;
  }
  const country = [...focus.country.entries()].sort((a, b) => b[1] - a[1])[0];
  return country ? gazetteer.countryPlace(country[0]) ?? null : null;
}

/** "the eastern seas": the sea on that side of the country of the sentence's actor, else of the article. */
function relativeWater(tp: Toponym, actors: ActorLayer, focus: Focus, gazetteer: Gazetteer): number | null {
  const direction = tp.direction;
  if (!direction) return null;
  const mentions = actors.bySentence[tp.sentence] ?? [];
  const codes = mentions.filter((m) => m.first < tp.first).reverse().map((m) => m.code.slice(0, 3));
  const countries = [...codes, ...[...focus.country.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c)];
  for (const c of countries) {
    const sea = gazetteer.water(c, direction);
    if (sea !== undefined) return sea;
  }
  return null;
}

/** Place a relative water names from a given country's coast (for an event whose source is known). */
export function waterFrom(gazetteer: Gazetteer, tp: Toponym, country: string): number | null {
  return tp.direction ? gazetteer.water(country, tp.direction) ?? null : null;
}
