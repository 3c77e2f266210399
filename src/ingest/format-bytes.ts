/**
 * A byte count for messages, in decimal units: `formatBytes(100_000_000)` → `"100 MB"`,
 * `formatBytes(1_500)` → `"1.5 kB"`, `formatBytes(12)` → `"12 bytes"`.
 */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'kB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
