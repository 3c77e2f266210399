/** Units of an interval: seconds, minutes, hours. */
const UNITS: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * An interval like `15m`, `30s`, `1h` or `1h30m` in milliseconds; null when unreadable or zero.
 * @example parseInterval('15m') // 900000
 */
export function parseInterval(value: string): number | null {
  const trimmed = value.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?[smh])+$/.test(trimmed)) return null;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)([smh])/g)) total += Number(amount) * UNITS[unit!]!;
  return total > 0 ? Math.round(total) : null;
}
