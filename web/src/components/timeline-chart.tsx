import { useMemo } from 'react';
import type { ApiTimeline } from '../../../src/api/api-types.js';
import { PLOVER_TYPES, QUAD_CLASSES, ploverColour } from '../codes.js';

interface Props {
  timeline: ApiTimeline;
  onPickPeriod: (from: string, to: string) => void;
  onChangeBy: (by: ApiTimeline['by']) => void;
}

const WIDTH = 900;
const HEIGHT = 170;
const PAD = { left: 36, right: 36, top: 8, bottom: 22 };
const DAY = 86_400_000;

/**
 * Events per period stacked by PLOVER type or QuadClass (bars), with the mean Goldstein value (line, right
 * axis −10 … +10). Days are grouped into weeks or months when the range is long. A click on a bar filters to it.
 */
export function TimelineChart({ timeline, onPickPeriod, onChangeBy }: Props) {
  const chart = useMemo(() => periods(timeline), [timeline]);
  const keys = timeline.by === 'plover' ? PLOVER_TYPES.map((entry) => entry.type) : Object.keys(QUAD_CLASSES);
  const colour = (key: string) => (timeline.by === 'plover' ? ploverColour(key) : (QUAD_CLASSES[key]?.colour ?? '#777'));
  const label = (key: string) => (timeline.by === 'plover' ? key : (QUAD_CLASSES[key]?.name ?? key));
  const present = keys.filter((key) => chart.rows.some((row) => (row.counts.get(key) ?? 0) > 0));
  const max = Math.max(1, ...chart.rows.map((row) => row.total));
  const inner = WIDTH - PAD.left - PAD.right;
  const band = inner / Math.max(1, chart.rows.length);
  const barWidth = Math.max(1, Math.min(band * 0.8, 48));
  const y = (count: number) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - count / max);
  const yg = (value: number) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - (value + 10) / 20);
  // The mean Goldstein line, broken where a period has no events.
  const line = chart.rows
    .map((row, i) => {
      if (row.total === 0) return '';
      const command = i > 0 && chart.rows[i - 1]!.total > 0 ? 'L' : 'M';
      return `${command}${(PAD.left + band * (i + 0.5)).toFixed(1)},${yg(row.goldstein).toFixed(1)}`;
    })
    .join('');
  const ticks = chart.rows.filter((_, i) => i % Math.ceil(chart.rows.length / 8) === 0);

  return (
    <section className="panel timeline" aria-labelledby="timeline-title">
      <div className="panel-head">
        <h2 id="timeline-title">Timeline <span className="muted">events per {chart.unit}</span></h2>
        <div role="group" aria-label="Stack by" className="toggle">
          <button type="button" aria-pressed={timeline.by === 'plover'} onClick={() => onChangeBy('plover')}>PLOVER type</button>
          <button type="button" aria-pressed={timeline.by === 'quad_class'} onClick={() => onChangeBy('quad_class')}>QuadClass</button>
        </div>
      </div>
      {chart.rows.length === 0 ? (
        <p className="empty">No events match the filters.</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Timeline of ${chart.total} events`}>
          <text x={4} y={PAD.top + 8} className="axis">{max}</text>
          <text x={WIDTH - 4} y={yg(10) + 8} className="axis" textAnchor="end">+10</text>
          <text x={WIDTH - 4} y={yg(-10)} className="axis" textAnchor="end">−10</text>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yg(0)} y2={yg(0)} className="zero" />
          {chart.rows.map((row, i) => {
            let base = row.total;
            return (
              <g key={row.start} onClick={() => onPickPeriod(row.start, row.end)} className="bar">
                <title>{`${row.label}: ${row.total} events, mean Goldstein ${row.goldstein.toFixed(1)}`}</title>
                {present.map((key) => {
                  const count = row.counts.get(key) ?? 0;
                  if (count === 0) return null;
                  const top = base;
                  base -= count;
                  return <rect key={key} x={PAD.left + band * (i + 0.5) - barWidth / 2} width={barWidth} y={y(top)} height={y(base) - y(top)} fill={colour(key)} />;
                })}
              </g>
            );
          })}
          {line !== '' && <path d={line} className="goldstein-line" />}
          {ticks.map((row) => (
            <text key={row.start} x={PAD.left + band * (chart.rows.indexOf(row) + 0.5)} y={HEIGHT - 6} className="axis" textAnchor="middle">
              {row.label}
            </text>
          ))}
        </svg>
      )}
      <ul className="legend" aria-label="Legend">
        {present.map((key) => (
          <li key={key}><span className="swatch" style={{ background: colour(key) }} aria-hidden="true" />{label(key)}</li>
        ))}
        <li><span className="swatch line" aria-hidden="true" />mean Goldstein</li>
      </ul>
    </section>
  );
}

interface Period {
  start: string;
  end: string;
  label: string;
  total: number;
  goldstein: number;
  counts: Map<string, number>;
}

/** Buckets regrouped into consecutive periods (every period from the first to the last, empty ones too). */
function periods(timeline: ApiTimeline): { unit: string; rows: Period[]; total: number } {
  const days = timeline.buckets.map((bucket) => Date.parse(`${bucket.date}T00:00:00Z`));
  if (days.length === 0) return { unit: 'day', rows: [], total: 0 };
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = (last - first) / DAY;
  const unit = span <= 120 ? 'day' : span <= 840 ? 'week' : 'month';
  const startOf = (time: number): number => {
    const date = new Date(time);
    if (unit === 'day') return time;
    if (unit === 'week') return time - ((date.getUTCDay() + 6) % 7) * DAY;
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  };
  const next = (time: number): number => {
    if (unit === 'day') return time + DAY;
    if (unit === 'week') return time + 7 * DAY;
    const date = new Date(time);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  };
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  const rows = new Map<number, Period & { sum: number }>();
  for (let time = startOf(first); time <= last; time = next(time)) {
    const label = unit === 'month' ? iso(time).slice(0, 7) : iso(time).slice(5);
    rows.set(time, { start: iso(time), end: iso(next(time) - DAY), label, total: 0, goldstein: 0, sum: 0, counts: new Map() });
  }
  let total = 0;
  timeline.buckets.forEach((bucket, i) => {
    const row = rows.get(startOf(days[i]!))!;
    row.total += bucket.count;
    row.sum += bucket.count * bucket.mean_goldstein;
    row.counts.set(bucket.key, (row.counts.get(bucket.key) ?? 0) + bucket.count);
    total += bucket.count;
  });
  const list = [...rows.values()].map(({ sum, ...row }) => ({ ...row, goldstein: row.total > 0 ? sum / row.total : 0 }));
  return { unit, rows: list, total };
}
