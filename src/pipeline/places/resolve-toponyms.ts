import type { Doc } from '../../core/doc.js';
import type { PlaceKind } from '../../gazetteer/place-kind.js';
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
  confident: Tally;
  votes: Tally;
  anchors: { key: string; country: string; region: string; lat: number; lon: number }[];
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
  // A country beats the towns of its name ("China", "Jordan", "Mexico"), unless a container says otherwise.
  const pools = toponyms.map((tp) => (tp.candidates.some((c) => gazetteer.kind(c.place) === 'country')
    ? tp.candidates.filter((c) => !isTown(gazetteer, c.place)) : tp.candidates));
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
    if (tp.generic !== null) tp.near = genericPlace(gazetteer, pools[k] as NameMatch[], focus, keys[k] as string, pick?.place ?? null);
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
  let score = COUNTRY_FOCUS * focus.confident.share('country', country, key) + COUNTRY_VOTE * focus.votes.share('country', country, key);
  const kind = gazetteer.kind(place);
  // A country holds its own regions and places: their evidence never makes one of its towns beat it.
  if (kind === 'country') {
    let regions = 0;
    for (const [r, share] of focus.confident.entries('region')) if (r.startsWith(`${country}.`)) regions += share;
    return score + REGION_FOCUS * Math.min(1, regions) + (focus.anchors.some((a) => a.country === country) ? NEAR[0]![1] : 0);
  }
  const region = `${country}.${gazetteer.admin1(place)}`;
  score += REGION_FOCUS * focus.confident.share('region', region, key) + REGION_VOTE * focus.votes.share('region', region, key);
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

/**
 * The first pass: readings from priors alone. Names with one reading (or one far ahead that is no town, or
 * restricted by a container) are confident: they, and the countries of actor mentions, set the article's focus;
 * confident towns and sites become anchors. Every name also spreads soft votes over its readings' regions.
 */
function firstPass(toponyms: Toponym[], pools: NameMatch[][], keys: string[], actors: ActorLayer, gazetteer: Gazetteer): Focus {
  const confident = new Tally();
  const votes = new Tally();
  const anchors: Focus['anchors'] = [];
  const add = (key: string, place: number, weight: number): void => {
    const c = gazetteer.country(place);
    if (c === '') return;
    confident.add(key, 'country', c, weight);
    if (gazetteer.kind(place) !== 'country' && gazetteer.admin1(place) !== '') confident.add(key, 'region', `${c}.${gazetteer.admin1(place)}`, weight);
  };
  toponyms.forEach((tp, k) => {
    const key = keys[k] as string;
    const pool = pools[k] as NameMatch[];
    if (!tp.container) spreadVotes(votes, key, pool, gazetteer);
    if (tp.container && tp.place !== null) { add(key, tp.place, 1); return; }
    if (pool.length === 0 || tp.generic !== null) return;
    const pick = best(pool, (c) => prior(gazetteer, c)) as { place: number; score: number };
    const runnerUp = Math.max(...pool.filter((c) => c.place !== pick.place).map((c) => prior(gazetteer, c)), Number.NEGATIVE_INFINITY);
    const sure = pool.length === 1 || tp.within >= 0 || (!isTown(gazetteer, pick.place) && pick.score - runnerUp >= CONFIDENT_MARGIN);
    if (!sure) return;
    add(key, pick.place, tp.role === 'modifier' ? 0.5 : 1);
    const kind = gazetteer.kind(pick.place);
    if (kind === 'city' || kind === 'capital' || kind === 'site' || kind === 'base' || kind === 'crossing') {
      anchors.push({ key, country: gazetteer.country(pick.place), region: `${gazetteer.country(pick.place)}.${gazetteer.admin1(pick.place)}`, lat: gazetteer.lat(pick.place), lon: gazetteer.lon(pick.place) });
    }
  });
  for (const m of actors.mentions) {
    const code = m.code.slice(0, 3);
    const place = /^[A-Z]{3}$/.test(code) ? gazetteer.countryPlace(code) : undefined;
    if (place !== undefined && m.kind !== 'pronoun') add(nameKey(m.name), place, 0.5);
  }
  return { confident, votes, anchors };
}

/** Each name spreads one vote over the countries, and one over the regions, its readings lie in. */
function spreadVotes(votes: Tally, key: string, pool: readonly NameMatch[], gazetteer: Gazetteer): void {
  if (votes.has(key) || pool.length === 0) return;
  const regions = new Set<string>();
  const countries = new Set<string>();
  for (const c of pool) {
    const country = gazetteer.country(c.place);
    if (country === '') continue;
    countries.add(country);
    if (gazetteer.kind(c.place) !== 'country' && gazetteer.admin1(c.place) !== '') regions.add(`${country}.${gazetteer.admin1(c.place)}`);
  }
  for (const r of regions) votes.add(key, 'region', r, 1 / regions.size);
  for (const c of countries) votes.add(key, 'country', c, 1 / countries.size);
}

function isTown(gazetteer: Gazetteer, place: number): boolean {
  const kind = gazetteer.kind(place);
  return kind === 'city' || kind === 'capital';
}

/**
 * Weighted counts of countries and regions, remembered by the name that gave them, so that a name's own
 * evidence is left out when it is scored ("Paris" does not vote for its own France).
 */
class Tally {
  private readonly byKey = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  add(key: string, what: 'country' | 'region', id: string, weight: number): void {
    let own = this.byKey.get(key);
    if (!own) { own = new Map(); this.byKey.set(key, own); }
    for (const k of [`${what}:${id}`, `${what}:*`]) {
      own.set(k, (own.get(k) ?? 0) + weight);
      this.totals.set(k, (this.totals.get(k) ?? 0) + weight);
    }
  }

  /** Share of the weight given to countries (or regions) by names other than `key` that went to `id`. */
  share(what: 'country' | 'region', id: string, key: string): number {
    const own = this.byKey.get(key);
    const all = (this.totals.get(`${what}:*`) ?? 0) - (own?.get(`${what}:*`) ?? 0);
    if (all <= 0) return 0;
    return ((this.totals.get(`${what}:${id}`) ?? 0) - (own?.get(`${what}:${id}`) ?? 0)) / all;
  }

  /** Ids of one kind with their share over all names. */
  entries(what: 'country' | 'region'): [string, number][] {
    const all = this.totals.get(`${what}:*`) ?? 0;
    const prefix = `${what}:`;
    return [...this.totals].filter(([k]) => k.startsWith(prefix) && k !== `${what}:*`).map(([k, w]) => [k.slice(prefix.length), all > 0 ? w / all : 0]);
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

/** A region needs this much of the article's evidence to place a generic name that lacks its own. */
const GENERIC_REGION_SHARE = 0.3;

/**
 * Where a generic name ("Laurel County", "Royal Street") is put: a place of its base name in the article's
 * leading region, else its best reading when that is near the article's anchors, else the leading region's
 * anchor or centre, else its best reading or the article's focus.
 */
function genericPlace(gazetteer: Gazetteer, pool: readonly NameMatch[], focus: Focus, key: string, pick: number | null): number | null {
  const regions = new Map<string, number>();
  for (const [r] of [...focus.confident.entries('region'), ...focus.votes.entries('region')]) {
    regions.set(r, focus.confident.share('region', r, key) + focus.votes.share('region', r, key));
  }
  const [top, share = 0] = [...regions].sort((a, b) => b[1] - a[1])[0] ?? [];
  const inTop = top === undefined ? null : best(pool.filter((c) => `${gazetteer.country(c.place)}.${gazetteer.admin1(c.place)}` === top), (c) => prior(gazetteer, c));
  if (inTop) return inTop.place;
  if (pick !== null && focus.anchors.some((a) => a.key !== key && haversineKm(a.lat, a.lon, gazetteer.lat(pick), gazetteer.lon(pick)) < 150)) return pick;
  if (top !== undefined && share >= GENERIC_REGION_SHARE) {
    const anchor = focus.anchors.find((a) => a.region === top && a.key !== key);
    const [country = '', admin1 = ''] = top.split('.');
    const place = anchor ? nearestTown(gazetteer, anchor) : gazetteer.adm1Place(country, admin1);
    if (place !== undefined && place !== null) return place;
  }
  return pick ?? nearestAnchor(gazetteer, focus);
}

/** The gazetteer place an anchor stands at (found again by its name and point). */
function nearestTown(gazetteer: Gazetteer, anchor: Focus['anchors'][number]): number | null {
  return gazetteer.lookupKey(anchor.key).find((c) => gazetteer.lat(c.place) === anchor.lat && gazetteer.lon(c.place) === anchor.lon)?.place ?? null;
}

/** The country place the article is most about, for generic names nothing else places. */
function nearestAnchor(gazetteer: Gazetteer, focus: Focus): number | null {
  const top = focus.confident.entries('region').sort((a, b) => b[1] - a[1])[0];
  if (top) {
    const [country = '', admin1 = ''] = top[0].split('.');
    const region = gazetteer.adm1Place(country, admin1);
    if (region !== undefined) return region;
  }
  const country = focus.confident.entries('country').sort((a, b) => b[1] - a[1])[0];
  return country ? gazetteer.countryPlace(country[0]) ?? null : null;
}

/** "the eastern seas": the sea on that side of the country of the sentence's actor, else of the article. */
function relativeWater(tp: Toponym, actors: ActorLayer, focus: Focus, gazetteer: Gazetteer): number | null {
  const direction = tp.direction;
  if (!direction) return null;
  const mentions = actors.bySentence[tp.sentence] ?? [];
  const codes = mentions.filter((m) => m.first < tp.first).reverse().map((m) => m.code.slice(0, 3));
  const countries = [...codes, ...focus.confident.entries('country').sort((a, b) => b[1] - a[1]).map(([c]) => c)];
  for (const c of countries) {
    const sea = gazetteer.water(c, direction);
    if (sea !== undefined) return sea;
  }
  return null;
}
