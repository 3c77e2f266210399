import type { CodedEvent } from '../core/coded-event.js';

/** The fields that decide whether two mentions tell the same happening. */
export interface MergeKey {
  source_key: string;
  target_key: string;
  plover_event: string;
  place_key: string;
  date: string;
}

/**
 * An actor code at the level events are merged: the country (`PRKGOV` → `PRK`), the IGO itself
 * (`IGOUNO` → `IGOUNO`, `IGONATMIL` → `IGONAT`), or an agent alone (`COP`); '' for none.
 */
export function mergeActorKey(code: string | null | undefined): string {
  if (!code) return '';
  return code.startsWith('IGO') ? code.slice(0, 6) : code.slice(0, 3);
}

/** The merge key of a coded event: country-or-IGO source and target, PLOVER type, place (GeoNames id or name; '' unknown or only the article's), date. */
export function mergeKeyOf(event: CodedEvent): MergeKey {
  // The article's main place is a guess for a sentence that names none: no evidence of where this happened.
  const location = event.location?.basis === 'article' ? null : event.location;
  const place = location ? (location.geonameid !== null ? String(location.geonameid) : location.name.trim().toLowerCase()) : '';
  return {
    source_key: mergeActorKey(event.source.code),
    target_key: mergeActorKey(event.target?.code),
    plover_event: event.plover.event,
    place_key: place,
    date: event.date,
  };
}

/** The calendar days one before and one after `date` (`YYYY-MM-DD`). */
export function adjacentDays(date: string): [string, string] {
  const time = Date.parse(`${date}T00:00:00Z`);
  const day = (offset: number) => new Date(time + offset * 86_400_000).toISOString().slice(0, 10);
  return Number.isNaN(time) ? [date, date] : [day(-1), day(1)];
}
