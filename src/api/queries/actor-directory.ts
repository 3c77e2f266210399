import type { ApiActorCount } from '../api-types.js';

/** One actor code with the names it goes by and its event count. */
export interface ActorEntry {
  code: string;
  name: string;
  count: number;
  /** The names, folded for matching (see `fold`). */
  folded: string;
}

/** Lower case without diacritics: "Erdoğan" → "erdogan". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Groups `(code, name, count)` rows by code: the most frequent name is the code's name, all names are searchable.
 */
export function actorDirectory(rows: readonly { code: string; name: string; n: number }[]): ActorEntry[] {
  const byCode = new Map<string, { names: Map<string, number>; count: number }>();
  for (const row of rows) {
    const entry = byCode.get(row.code) ?? { names: new Map<string, number>(), count: 0 };
    entry.names.set(row.name, (entry.names.get(row.name) ?? 0) + row.n);
    entry.count += row.n;
    byCode.set(row.code, entry);
  }
  return [...byCode].map(([code, { names, count }]) => {
    const ranked = [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { code, name: ranked[0]![0], count, folded: fold(ranked.map(([name]) => name).join('\n')) };
  });
}

/** Entries whose code starts with `q` (any case) or one of whose names contains it (ignoring case and accents). */
export function searchDirectory(entries: readonly ActorEntry[], q: string, limit: number): ApiActorCount[] {
  const code = q.trim().toUpperCase();
  const name = fold(q.trim());
  return entries
    .filter((entry) => entry.code.startsWith(code) || entry.folded.includes(name))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map(({ code: c, name: n, count }) => ({ code: c, name: n, count }));
}
