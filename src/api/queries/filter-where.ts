import { sql, type RawBuilder } from 'kysely';
import type { EventFilter } from './event-filter.js';
import { ftsQuery } from './fts-query.js';

/**
 * Hints for SQLite's planner, for queries that walk the date index for the first page of a list: a broad
 * condition is checked row by row on the way (`+column` keeps the planner off its index) instead of collecting
 * every match first and sorting them.
 */
export interface WalkHints {
  /** The full-text query matches many events. */
  broadText?: boolean;
  /** The bounding box is large. */
  broadBox?: boolean;
}

/**
 * The SQL condition (over the `events` table, SQLite) of a filter, as one `and` of fragments; `true` when the
 * filter is empty. Code prefixes become index ranges (`code >= 'RUS' and code < 'RUT'`), full text an FTS5
 * sub-query, the location the generated columns of migration 0100.
 */
export function filterWhere(filter: EventFilter, hints: WalkHints = {}): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (filter.from !== undefined) parts.push(sql`date >= ${filter.from}`);
  if (filter.to !== undefined) parts.push(sql`date <= ${filter.to}`);
  if (filter.actor?.length) {
    parts.push(any(filter.actor.map((code) => sql`(${prefix('source_code', code)} or ${prefix('target_code', code)})`)));
  }
  if (filter.source !== undefined) parts.push(prefix('source_code', filter.source));
  if (filter.target !== undefined) parts.push(prefix('target_code', filter.target));
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    parts.push(sql`((${prefix('source_code', a)} and ${prefix('target_code', b)}) or (${prefix('source_code', b)} and ${prefix('target_code', a)}))`);
  }
  if (filter.country !== undefined) parts.push(sql`location_country = ${filter.country}`);
  if (filter.plover?.length) parts.push(sql`plover_event in (${sql.join(filter.plover)})`);
  if (filter.cameo !== undefined) parts.push(prefix('cameo', filter.cameo));
  if (filter.quad_class?.length) parts.push(sql`quad_class in (${sql.join(filter.quad_class)})`);
  if (filter.modality?.length) parts.push(sql`modality in (${sql.join(filter.modality)})`);
  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox;
    const [lat, lon] = hints.broadBox ? [sql`+location_lat`, sql`+location_lon`] : [sql`location_lat`, sql`location_lon`];
    const lonRange = west <= east ? sql`${lon} between ${west} and ${east}` : sql`(${lon} >= ${west} or ${lon} <= ${east})`;
    parts.push(sql`(${lat} between ${south} and ${north} and ${lonRange})`);
  }
  if (filter.q !== undefined) {
    const match = ftsQuery(filter.q);
    const id = hints.broadText ? sql`+id` : sql`id`;
    parts.push(match === null ? sql`0` : sql`${id} in (select rowid from events_fts where events_fts match ${match})`);
  }
  return parts.length === 0 ? sql`1` : sql.join(parts, sql` and `);
}

/**
 * The filter as disjoint conditions whose union is the filter: one condition, or with `actor` two, "the source is
 * one of the actors" and "the target is, and the source is not". Aggregates run one index range scan per branch
 * (`union all`) instead of an `or` that SQLite answers with table lookups.
 */
export function filterBranches(filter: EventFilter): RawBuilder<unknown>[] {
  if (!filter.actor?.length) return [filterWhere(filter)];
  const rest = filterWhere({ ...filter, actor: undefined });
  const bySource = any(filter.actor.map((code) => prefix('source_code', code)));
  const byTarget = any(filter.actor.map((code) => prefix('target_code', code)));
  return [sql`${bySource} and ${rest}`, sql`${byTarget} and not ${bySource} and ${rest}`];
}

/** Whether a bounding box is large enough (in square degrees) that a date-ordered walk beats its index. */
export function isBroadBox([west, south, east, north]: [number, number, number, number]): boolean {
  const width = west <= east ? east - west : 360 - west + east;
  return width * (north - south) > 100;
}

/** `column` starts with `code`, as an index range. */
function prefix(column: string, code: string): RawBuilder<unknown> {
  const last = code.charCodeAt(code.length - 1);
  const next = code.slice(0, -1) + String.fromCharCode(last + 1);
  return sql`(${sql.ref(column)} >= ${code} and ${sql.ref(column)} < ${next})`;
}

function any(parts: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return sql`(${sql.join(parts, sql` or `)})`;
}
