import type { ApiDyad, ApiTimeline } from '../api-types.js';
import type { EventFilter } from './event-filter.js';
import { StringDictionary } from './string-dictionary.js';

/** The columns of one event that the aggregates filter and group by (`events` table; location from migration 0100). */
export interface MeasureRow {
  id: number;
  /** `YYYY-MM-DD`. */
  date: string;
  source_code: string;
  target_code: string | null;
  plover_event: string;
  /** 1 … 4. */
  quad_class: number;
  modality: string;
  cameo: string;
  /** −10 … +10. */
  goldstein: number;
  /** WGS84 degrees, or null when the event has no point. */
  location_lat: number | null;
  location_lon: number | null;
  location_country: string | null;
  /** The merged event of the mention, or null. */
  merged_event_id: number | null;
}

/** Counts of one timeline cell before it becomes an `ApiTimelineBucket`. */
type Bucket = ApiTimeline['buckets'][number];

/** A location point with its events, before names are looked up. */
export interface PointCount {
  lat: number;
  lon: number;
  count: number;
  mean_goldstein: number;
}

/** Dense pair tables up to this many cells (12 bytes each); sparser pairs go through a Map. */
const DENSE_PAIR_CELLS = 1 << 22;

const INITIAL_CAPACITY = 1024;

/**
 * An in-memory column copy of the events' filter and measure fields, for the read side's aggregates (timeline,
 * dyads, map). A million events take about 70 MB (measured): ids, one dictionary id per text column (`StringDictionary`),
 * the QuadClass and the Goldstein value; location points are a dictionary of distinct (lat, lon) pairs.
 *
 * A filter becomes a selection (one byte per event) in a few tight passes, one per filter field, each a
 * lookup in a mask over a small dictionary; an aggregate is then one pass over the selection. This answers
 * the broad queries of a dashboard (all events, one big actor) in milliseconds where SQLite needs to sort
 * hundreds of thousands of index entries. Rows are appended in id order (`append`); the owner reloads when
 * rows were deleted (see `MeasureCache`).
 */
export class EventMeasures {
  /** Event ids, ascending. */
  private ids = new Float64Array(INITIAL_CAPACITY);
  private date = new Uint32Array(INITIAL_CAPACITY);
  private source = new Uint32Array(INITIAL_CAPACITY);
  private target = new Uint32Array(INITIAL_CAPACITY);
  private plover = new Uint32Array(INITIAL_CAPACITY);
  private modality = new Uint32Array(INITIAL_CAPACITY);
  private cameo = new Uint32Array(INITIAL_CAPACITY);
  private country = new Uint32Array(INITIAL_CAPACITY);
  private point = new Uint32Array(INITIAL_CAPACITY);
  private quad = new Uint8Array(INITIAL_CAPACITY);
  private goldstein = new Float64Array(INITIAL_CAPACITY);
  /** Merged event id, 0 for none. */
  private merged = new Float64Array(INITIAL_CAPACITY);
  private length = 0;

  private readonly dates = new StringDictionary();
  /** Actor codes, shared by source and target (so a dyad's two sides compare ids). */
  private readonly codes = new StringDictionary();
  private readonly plovers = new StringDictionary();
  private readonly modalities = new StringDictionary();
  private readonly cameos = new StringDictionary();
  private readonly countries = new StringDictionary();
  /** Location points keyed `lat lon`, with their coordinates by id (index 0: no point). */
  private readonly points = new StringDictionary();
  private readonly pointLat: number[] = [Number.NaN];
  private readonly pointLon: number[] = [Number.NaN];

  /** Number of events held. */
  get size(): number {
    return this.length;
  }

  /** The highest event id held, 0 when empty. */
  get lastId(): number {
    return this.length === 0 ? 0 : this.ids[this.length - 1]!;
  }

  /** Adds events; their ids must be above `lastId`, in ascending order. @throws Error otherwise. */
  append(rows: readonly MeasureRow[]): void {
    this.reserve(this.length + rows.length);
    for (const row of rows) {
      const i = this.length;
      if (row.id <= this.lastId) throw new Error(`event ${row.id} appended after event ${this.lastId}`);
      this.ids[i] = row.id;
      this.date[i] = this.dates.id(row.date);
      this.source[i] = this.codes.id(row.source_code);
      this.target[i] = this.codes.id(row.target_code);
      this.plover[i] = this.plovers.id(row.plover_event);
      this.modality[i] = this.modalities.id(row.modality);
      this.cameo[i] = this.cameos.id(row.cameo);
      this.country[i] = this.countries.id(row.location_country);
      this.point[i] = this.pointId(row.location_lat, row.location_lon);
      this.quad[i] = row.quad_class;
      this.goldstein[i] = row.goldstein;
      this.merged[i] = row.merged_event_id ?? 0;
      this.length = i + 1;
    }
  }

  /**
   * The events matching `filter`: 1 per selected event, in id order. `textMatches` are the ids that the
   * full-text search found when the filter has `q` (ascending; ids not held are ignored), else null.
   */
  select(filter: EventFilter, textMatches: readonly number[] | null): Uint8Array {
    const n = this.length;
    const selected = new Uint8Array(n);
    if (textMatches === null) selected.fill(1);
    else for (const id of textMatches) {
      const i = this.indexOf(id);
      if (i >= 0) selected[i] = 1;
    }
    const keep = (column: Uint32Array, mask: Uint8Array) => {
      for (let i = 0; i < n; i++) selected[i]! &= mask[column[i]!]!;
    };
    if (filter.from !== undefined || filter.to !== undefined) {
      const { from = '', to = '\uffff' } = filter;
      keep(this.date, this.dates.mask((date) => date >= from && date <= to));
    }
    if (filter.actor?.length) {
      const mask = this.codes.mask(startsWithAny(filter.actor));
      for (let i = 0; i < n; i++) selected[i]! &= mask[this.source[i]!]! | mask[this.target[i]!]!;
    }
    if (filter.source !== undefined) keep(this.source, this.codes.mask(startsWithAny([filter.source])));
    if (filter.target !== undefined) keep(this.target, this.codes.mask(startsWithAny([filter.target])));
    if (filter.dyad) {
      const a = this.codes.mask(startsWithAny([filter.dyad[0]]));
      const b = this.codes.mask(startsWithAny([filter.dyad[1]]));
      for (let i = 0; i < n; i++) {
        const s = this.source[i]!;
        const t = this.target[i]!;
        selected[i]! &= (a[s]! & b[t]!) | (b[s]! & a[t]!);
      }
    }
    if (filter.country !== undefined) keep(this.country, this.countries.mask((code) => code === filter.country));
    if (filter.plover?.length) keep(this.plover, this.plovers.mask(oneOf(filter.plover)));
    if (filter.cameo !== undefined) keep(this.cameo, this.cameos.mask(startsWithAny([filter.cameo])));
    if (filter.modality?.length) keep(this.modality, this.modalities.mask(oneOf(filter.modality)));
    if (filter.quad_class?.length) {
      const mask = new Uint8Array(256);
      for (const quad of filter.quad_class) if (quad >= 0 && quad < 256) mask[quad] = 1;
      for (let i = 0; i < n; i++) selected[i]! &= mask[this.quad[i]!]!;
    }
    if (filter.bbox) {
      const [west, south, east, north] = filter.bbox;
      const mask = new Uint8Array(this.points.size);
      for (let p = 1; p < this.points.size; p++) {
        const lat = this.pointLat[p]!;
        const lon = this.pointLon[p]!;
        const inLon = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
        mask[p] = lat >= south && lat <= north && inLon ? 1 : 0;
      }
      keep(this.point, mask);
    }
    if (filter.unit === 'event') this.keepFirstOfEvent(selected);
    return selected;
  }

  /** Keeps, of each merged event, only its first selected mention (ids ascend, so the first met). */
  private keepFirstOfEvent(selected: Uint8Array): void {
    const seen = new Set<number>();
    for (let i = 0; i < this.length; i++) {
      const event = this.merged[i]!;
      if (selected[i] === 0 || event === 0) continue;
      if (seen.has(event)) selected[i] = 0;
      else seen.add(event);
    }
  }

  /** Counts and mean Goldstein per period (day or `YYYY-MM`) and key (PLOVER type or QuadClass), in date then key order. */
  timeline(selected: Uint8Array, by: ApiTimeline['by'], interval: ApiTimeline['interval']): Bucket[] {
    const periods = interval === 'day' ? this.dates : new StringDictionary();
    const periodOf = new Uint32Array(this.dates.size);
    for (let id = 1; id < this.dates.size; id++) {
      periodOf[id] = interval === 'day' ? id : periods.id(this.dates.values[id]!.slice(0, 7));
    }
    const keys = by === 'plover' ? this.plovers.values : ['0', '1', '2', '3', '4'];
    const keyColumn = by === 'plover' ? this.plover : this.quad;
    const width = keys.length;
    const counts = new Float64Array(periods.size * width);
    const sums = new Float64Array(periods.size * width);
    for (let i = 0; i < this.length; i++) {
      if (selected[i] === 0) continue;
      const cell = periodOf[this.date[i]!]! * width + keyColumn[i]!;
      counts[cell]! += 1;
      sums[cell]! += this.goldstein[i]!;
    }
    const buckets: Bucket[] = [];
    for (let cell = 0; cell < counts.length; cell++) {
      const count = counts[cell]!;
      if (count === 0) continue;
      const date = periods.values[Math.floor(cell / width)]!;
      buckets.push({ date, key: keys[cell % width]!, count, mean_goldstein: sums[cell]! / count });
    }
    return buckets.sort((a, b) => compare(a.date, b.date) || compare(a.key, b.key));
  }

  /**
   * Directed actor pairs of the selected events that have a target, most events first (then by source and
   * target); `country` groups codes by their first three letters.
   */
  dyads(selected: Uint8Array, level: 'actor' | 'country', limit: number): ApiDyad[] {
    const groups = level === 'actor' ? this.codes : new StringDictionary();
    const groupOf = new Uint32Array(this.codes.size);
    for (let id = 1; id < this.codes.size; id++) {
      groupOf[id] = level === 'actor' ? id : groups.id(this.codes.values[id]!.slice(0, 3));
    }
    const width = groups.size;
    const pairs = new PairTable(width * width);
    for (let i = 0; i < this.length; i++) {
      const t = this.target[i]!;
      if (selected[i] === 0 || t === 0) continue;
      pairs.add(groupOf[this.source[i]!]! * width + groupOf[t]!, this.goldstein[i]!);
    }
    const dyads: ApiDyad[] = [];
    pairs.forEach((cell, count, sum) => {
      dyads.push({
        source: groups.values[Math.floor(cell / width)]!,
        target: groups.values[cell % width]!,
        count,
        mean_goldstein: sum / count,
      });
    });
    dyads.sort((a, b) => b.count - a.count || compare(a.source, b.source) || compare(a.target, b.target));
    return dyads.slice(0, limit);
  }

  /** Selected events per location point, most events first (then by latitude, longitude), at most `limit` points. */
  places(selected: Uint8Array, limit: number): PointCount[] {
    const counts = new Float64Array(this.points.size);
    const sums = new Float64Array(this.points.size);
    for (let i = 0; i < this.length; i++) {
      const p = this.point[i]!;
      if (selected[i] === 0 || p === 0) continue;
      counts[p]! += 1;
      sums[p]! += this.goldstein[i]!;
    }
    // Only points with at least `least` events can be in the top `limit`: found from a histogram of the counts,
    // so that a map of a hundred thousand points sorts only the few thousand it shows.
    const least = countAtRank(counts, limit);
    const found: PointCount[] = [];
    for (let p = 1; p < counts.length; p++) {
      const count = counts[p]!;
      if (count >= least) found.push({ lat: this.pointLat[p]!, lon: this.pointLon[p]!, count, mean_goldstein: sums[p]! / count });
    }
    found.sort((a, b) => b.count - a.count || a.lat - b.lat || a.lon - b.lon);
    return found.slice(0, limit);
  }

  private pointId(lat: number | null, lon: number | null): number {
    if (lat === null || lon === null) return 0;
    const before = this.points.size;
    const id = this.points.id(`${lat} ${lon}`);
    if (id === before) {
      this.pointLat.push(lat);
      this.pointLon.push(lon);
    }
    return id;
  }

  /** Position of event `id`, or −1 (binary search: ids ascend). */
  private indexOf(id: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const value = this.ids[mid]!;
      if (value === id) return mid;
      if (value < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private reserve(needed: number): void {
    if (needed <= this.ids.length) return;
    let capacity = this.ids.length;
    while (capacity < needed) capacity *= 2;
    const grow = <T extends Float64Array | Uint32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.ids = grow(this.ids, (k) => new Float64Array(k));
    this.date = grow(this.date, (k) => new Uint32Array(k));
    this.source = grow(this.source, (k) => new Uint32Array(k));
    this.target = grow(this.target, (k) => new Uint32Array(k));
    this.plover = grow(this.plover, (k) => new Uint32Array(k));
    this.modality = grow(this.modality, (k) => new Uint32Array(k));
    this.cameo = grow(this.cameo, (k) => new Uint32Array(k));
    this.country = grow(this.country, (k) => new Uint32Array(k));
    this.point = grow(this.point, (k) => new Uint32Array(k));
    this.quad = grow(this.quad, (k) => new Uint8Array(k));
    this.goldstein = grow(this.goldstein, (k) => new Float64Array(k));
    this.merged = grow(this.merged, (k) => new Float64Array(k));
  }
}

/** Counts and sums per cell: a dense array for small tables, a Map for large sparse ones. */
class PairTable {
  private readonly dense: { counts: Float64Array; sums: Float64Array } | null;
  private readonly sparse = new Map<number, [number, number]>();

  constructor(cells: number) {
    this.dense = cells <= DENSE_PAIR_CELLS ? { counts: new Float64Array(cells), sums: new Float64Array(cells) } : null;
  }

  add(cell: number, value: number): void {
    if (this.dense) {
      this.dense.counts[cell]! += 1;
      this.dense.sums[cell]! += value;
      return;
    }
    const entry = this.sparse.get(cell);
    if (entry) {
      entry[0] += 1;
      entry[1] += value;
    } else this.sparse.set(cell, [1, value]);
  }

  forEach(visit: (cell: number, count: number, sum: number) => void): void {
    if (!this.dense) {
      for (const [cell, [count, sum]] of this.sparse) visit(cell, count, sum);
      return;
    }
    const { counts, sums } = this.dense;
    for (let cell = 0; cell < counts.length; cell++) if (counts[cell]! > 0) visit(cell, counts[cell]!, sums[cell]!);
  }
}

/** The count (at least 1) that the `rank`-th largest of `counts` has: counts below it cannot rank that high. */
function countAtRank(counts: Float64Array, rank: number): number {
  let max = 0;
  for (const count of counts) if (count > max) max = count;
  const histogram = new Uint32Array(max + 1);
  for (const count of counts) histogram[count]! += 1;
  let seen = 0;
  for (let count = max; count >= 1; count--) {
    seen += histogram[count]!;
    if (seen >= rank) return count;
  }
  return 1;
}

function startsWithAny(prefixes: readonly string[]): (value: string) => boolean {
  return (value) => prefixes.some((prefix) => value.startsWith(prefix));
}

function oneOf(values: readonly string[]): (value: string) => boolean {
  const set = new Set(values);
  return (value) => set.has(value);
}

/** Binary (code unit) order, as SQLite's default collation. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
