import { sql, type RawBuilder } from 'kysely';
import type { EventFilter } from './event-filter.js';
import type { ReadEngine } from './read-engine.js';

/**
 * The SQL condition (over the `events` table) of a filter, as one `and` of fragments; `true` when the filter is
 * empty. Code prefixes become index ranges (`code >= 'RUS' and code < 'RUT'`), full text the engine's search,
 * the location the generated columns of migrations 0100 (SQLite) and 0203 (PostgreSQL).
 */
export function filterWhere(filter: EventFilter, engine: ReadEngine, outer = 'events'): RawBuilder<unknown> {
  const { unit, ...mentions } = filter;
  const where = mentionWhere(mentions, engine);
  return unit === 'event' ? sql`${where} and ${firstOfEvent(mentions, engine, outer)}` : where;
}

/**
 * "No earlier mention of the same merged event matches too": keeps the first matching mention of each merged
 * event (`unit=event`). `outer` names the table or alias of the rows tested; inside the sub-query the filter's
 * bare column names are those of the earlier mention.
 */
function firstOfEvent(filter: EventFilter, engine: ReadEngine, outer: string): RawBuilder<unknown> {
  const row = sql.ref(outer);
  return sql`(${row}.merged_event_id is null or not exists (select 1 from events as earlier
    where earlier.merged_event_id = ${row}.merged_event_id and earlier.id < ${row}.id and ${mentionWhere(filter, engine)}))`;
}

/** The condition on one mention's own fields (all of the filter but `unit`). */
function mentionWhere(filter: EventFilter, engine: ReadEngine): RawBuilder<unknown> {
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
    const lon = west <= east ? sql`location_lon between ${west} and ${east}` : sql`(location_lon >= ${west} or location_lon <= ${east})`;
    parts.push(sql`(location_lat between ${south} and ${north} and ${lon})`);
  }
  if (filter.q !== undefined) parts.push(engine.textMatch(filter.q));
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

/** The filter fields whose columns the index `events_by_id` holds. */
const BY_ID_COVERS = new Set(['q', 'from', 'to', 'plover', 'quad_class', 'source', 'target']);

/** One part of a filter, read through `index` when it names one. */
export interface FilterBranch {
  where: RawBuilder<unknown>;
  index?: string;
}

/**
 * The filter as disjoint conditions whose union is the filter: one condition; with `dyad` two, A → B and B → A;
 * else with `actor` two, "the source is one of the actors" (read through the source index) and "the target is,
 * and the source is not" (through the target index). A full-text search alone reads the narrow `events_by_id`. Aggregates scan one index range per branch (`union all`) instead of an `or` that SQLite answers
 * with table lookups.
 */
export function filterBranches(filter: EventFilter, engine: ReadEngine): FilterBranch[] {
  const { unit, ...mentions } = filter;
  const branches = mentionBranches(mentions, engine);
  if (unit !== 'event') return branches;
  const first = firstOfEvent(mentions, engine, 'events');
  return branches.map((branch) => ({ ...branch, where: sql`${branch.where} and ${first}` }));
}

function mentionBranches(filter: EventFilter, engine: ReadEngine): FilterBranch[] {
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    const rest = filterWhere({ ...filter, dyad: undefined }, engine);
    const ab = sql`(${prefix('source_code', a)} and ${prefix('target_code', b)})`;
    const ba = sql`(${prefix('source_code', b)} and ${prefix('target_code', a)})`;
    return [
      { where: sql`${ab} and ${rest}`, index: 'events_by_source' },
      { where: sql`${ba} and not ${ab} and ${rest}`, index: 'events_by_source' },
    ];
  }
  if (!filter.actor?.length) {
    const narrow = filter.q !== undefined && Object.keys(filter).every((key) => BY_ID_COVERS.has(key));
    return [{ where: filterWhere(filter, engine), ...(narrow ? { index: 'events_by_id' } : {}) }];
  }
  const rest = filterWhere({ ...filter, actor: undefined }, engine);
  const bySource = any(filter.actor.map((code) => prefix('source_code', code)));
  const byTarget = any(filter.actor.map((code) => prefix('target_code', code)));
  return [
    { where: sql`${bySource} and ${rest}`, index: 'events_by_source' },
    { where: sql`${byTarget} and not ${bySource} and ${rest}`, index: 'events_by_target' },
  ];
}

/** The date range of a filter alone (`true` without one). */
export function dateWhere(filter: EventFilter): RawBuilder<unknown> {
  const parts = [
    ...(filter.from === undefined ? [] : [sql`date >= ${filter.from}`]),
    ...(filter.to === undefined ? [] : [sql`date <= ${filter.to}`]),
  ];
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
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
