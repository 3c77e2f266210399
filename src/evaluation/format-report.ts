import type { SetScore } from './score.js';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/** The summary table printed by `sitrep eval`: one row per gold set (country-level P/R/F1 first). */
export function formatSummary(rows: { name: string; score: SetScore }[]): string {
  const head = `${'gold set'.padEnd(22)} ${'cases'.padStart(5)} ${'gold'.padStart(5)} ${'coded'.padStart(5)}   ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   ${'F1full'.padStart(6)} ${'F1root'.padStart(6)}   ${'typeAcc'.padStart(7)}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const { name, score: s } of rows) {
    const c = s.micro.country;
    lines.push(`${name.padEnd(22)} ${String(s.cases).padStart(5)} ${String(s.gold_events).padStart(5)} ${String(s.coded_events).padStart(5)}   ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}   ${pct(s.micro.full.f1).padStart(6)} ${pct(s.micro.root.f1).padStart(6)}   ${(s.type_accuracy === null ? '—' : pct(s.type_accuracy)).padStart(7)}`);
  }
  return lines.join('\n');
}

/** Per-PLOVER-type table for one set (country level). */
export function formatPerType(name: string, s: SetScore): string {
  const lines = [`${name}: per PLOVER type (country level)`, `  ${'type'.padEnd(10)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}   ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}`];
  for (const [t, p] of Object.entries(s.per_type)) {
    lines.push(`  ${t.padEnd(10)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}   ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`);
  }
  const th = Object.entries(s.precision_at).map(([k, v]) => `≥${k}: ${pct(v).trim()}%`).join('  ');
  lines.push(`  precision by confidence  ${th}`);
  return lines.join('\n');
}
