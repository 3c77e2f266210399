/** Feed dates further than this from now are taken as errors, in milliseconds (one year ahead). */
const MAX_FUTURE_MS = 366 * 86_400_000;

/**
 * A feed date (RFC 822 as in RSS, `Tue, 12 Sep 2023 10:00:00 GMT`, also with `EDT`-style zones, a missing
 * weekday or seconds; RFC 3339 as in Atom and JSON Feed; a bare `YYYY-MM-DD`) as an ISO 8601 UTC timestamp,
 * or null when unreadable, before 1990 or more than a year ahead of `now`.
 */
export function parseFeedDate(value: unknown, now = Date.now()): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value
    .trim()
    .replace(/^[A-Za-z]{3,9},?\s+/, '')
    .replace(/\s+UT$/i, ' GMT')
    .replace(/\s+Z$/i, ' GMT');
  if (cleaned === '') return null;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(cleaned) ? `${cleaned}T00:00:00Z` : cleaned);
  if (Number.isNaN(time) || time < Date.UTC(1990, 0, 1) || time > now + MAX_FUTURE_MS) return null;
  return new Date(time).toISOString();
}
