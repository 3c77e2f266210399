import type { CodedArticle, CodedEvent } from '../core/coded-event.js';
import type { GoldCase, GoldEvent } from './gold.js';
import type { MatchLevel } from './match-event.js';
import { matches } from './match-event.js';

/** Precision, recall and F1 from counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A gold event no coded event matched, or a coded event no gold event matched. */
export interface ErrorCase {
  case_id: string;
  kind: 'miss' | 'false';
  sentence: string;
  expected: string | null;
  produced: string | null;
  rule: string | null;
}

/** The evaluation of one gold set. */
export interface SetScore {
  cases: number;
  gold_events: number;
  coded_events: number;
  /** Micro scores at each match level. */
  micro: Record<MatchLevel, Prf>;
  /** Country-level scores per PLOVER type (gold type for misses, coded type for false events). */
  per_type: Record<string, Prf>;
  /**
   * Over cases with exactly one gold event (sentence records): the share whose main coded event (highest
   * confidence) has the gold PLOVER type; null when the set has no such case.
   */
  type_accuracy: number | null;
  /** confusion[gold type][main coded type or NONE] = count. */
  confusion: Record<string, Record<string, number>>;
  /** Precision at confidence thresholds (country level). */
  precision_at: Record<string, number>;
  errors: ErrorCase[];
}

const describe = (e: CodedEvent): string => `${e.source.code} ${e.cameo}/${e.plover.event} ${e.target?.code ?? '-'} ${e.modality}`;
const describeGold = (g: GoldEvent): string => `${g.sources.join('+')} ${g.cameo.join('|') || '?'}/${g.ploverAny.join('|')} ${g.targets.join('+') || '-'}${g.modality ? ` ${g.modality}` : ''}`;

/**
 * Pairs coded and gold events of one case. A gold event is found when some coded event matches it; further
 * coded events that match an already found gold event (compound actors coded once per member) count neither
 * way; coded events matching no gold event are false.
 */
function pairCase(events: CodedEvent[], gold: GoldEvent[], how: MatchLevel): { found: Set<GoldEvent>; falseEvents: CodedEvent[] } {
  const found = new Set<GoldEvent>();
  const falseEvents: CodedEvent[] = [];
  for (const e of events) {
    const open = gold.find((g) => !found.has(g) && matches(e, g, how));
    if (open) { found.add(open); continue; }
    if (gold.some((g) => matches(e, g, how))) continue;
    falseEvents.push(e);
  }
  return { found, falseEvents };
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Scores coded articles against their gold cases (same order). */
export function scoreSet(cases: GoldCase[], coded: CodedArticle[]): SetScore {
  const levels: MatchLevel[] = ['country', 'full', 'root'];
  const counts = Object.fromEntries(levels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<MatchLevel, { tp: number; fp: number; fn: number }>;
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: 'tp' | 'fp' | 'fn'): void => {
    const c = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perType.set(t, c);
  };
  const confusion: Record<string, Record<string, number>> = {};
  const errors: ErrorCase[] = [];
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];
  const atThreshold = thresholds.map(() => ({ tp: 0, fp: 0 }));
  let typed = 0;
  let typedRight = 0;
  let goldTotal = 0;
  let codedTotal = 0;

  cases.forEach((c, k) => {
    const events = coded[k]?.events ?? [];
    const gold = c.events;
    codedTotal += events.length;
    goldTotal += gold.filter((g) => !g.optional).length;
    for (const how of levels) {
      const { found, falseEvents } = pairCase(events, gold, how);
      const tp = [...found].length;
      counts[how].tp += tp;
      counts[how].fp += falseEvents.length;
      counts[how].fn += gold.filter((g) => !g.optional && !found.has(g)).length;
      if (how !== 'country') continue;
      for (const g of gold) {
        if (found.has(g)) bump(g.plover, 'tp');
        else if (!g.optional) {
          bump(g.plover, 'fn');
          errors.push({ case_id: c.id, kind: 'miss', sentence: c.text.length > 400 ? `${c.text.slice(0, 400)}…` : c.text, expected: describeGold(g), produced: events.map(describe).join('; ') || null, rule: null });
        }
      }
      for (const e of falseEvents) {
        bump(e.plover.event, 'fp');
        errors.push({ case_id: c.id, kind: 'false', sentence: e.sentence, expected: gold.map(describeGold).join('; ') || null, produced: describe(e), rule: e.rule });
      }
      thresholds.forEach((th, i) => {
        const kept = events.filter((e) => e.confidence >= th);
        const r = pairCase(kept, gold, how);
        (atThreshold[i] as { tp: number }).tp += r.found.size;
        (atThreshold[i] as { fp: number }).fp += r.falseEvents.length;
      });
    }
    const main = [...events].sort((a, b) => b.confidence - a.confidence)[0];
    const primary = gold.length === 1 ? gold[0] : undefined;
    if (primary && !primary.optional) {
      typed++;
      const got = main?.plover.event ?? 'NONE';
      if (primary.ploverAny.includes(got)) typedRight++;
      const row = (confusion[primary.plover] ??= {});
      row[got] = (row[got] ?? 0) + 1;
    }
  });

  return {
    cases: cases.length,
    gold_events: goldTotal,
    coded_events: codedTotal,
    micro: Object.fromEntries(levels.map((l) => [l, prf(counts[l].tp, counts[l].fp, counts[l].fn)])) as Record<MatchLevel, Prf>,
    per_type: Object.fromEntries([...perType.entries()].sort().map(([t, c]) => [t, prf(c.tp, c.fp, c.fn)])),
    type_accuracy: typed === 0 ? null : round(typedRight / typed),
    confusion,
    precision_at: Object.fromEntries(thresholds.map((th, i) => {
      const a = atThreshold[i] as { tp: number; fp: number };
      return [th.toFixed(1), a.tp + a.fp === 0 ? 0 : round(a.tp / (a.tp + a.fp))];
    })),
    errors,
  };
}
