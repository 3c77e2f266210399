const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Checks an ISO 8601 calendar date (`YYYY-MM-DD`) and returns it, or null when it is not one or names no real
 * day (`2023-02-30`).
 */
export function parseCalendarDate(value: string): string | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? value : null;
}

/**
 * The UTC calendar date of an ISO 8601 date or timestamp, or null when it is neither.
 * A timestamp without an offset is read as UTC: `2023-09-13T23:30:00-05:00` → `2023-09-14`,
 * `2023-09-13T10:00` → `2023-09-13`.
 */
export function utcDateOf(value: string): string | null {
  const trimmed = value.trim();
  if (DATE.test(trimmed)) return parseCalendarDate(trimmed);
  if (!TIMESTAMP.test(trimmed)) return null;
  if (!parseCalendarDate(trimmed.slice(0, 10))) return null;
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  const time = new Date(hasOffset ? trimmed : `${trimmed}Z`);
  return Number.isNaN(time.getTime()) ? null : time.toISOString().slice(0, 10);
}
