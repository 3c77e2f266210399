import { useMemo } from 'react';
import type { ApiDyad } from '../../../src/api/api-types.js';
import { goldsteinColour } from '../codes.js';

const WIDTH = 420;
const HEIGHT = 290;

interface Props {
  dyads: ApiDyad[];
  onPickActor: (code: string) => void;
}

interface Node {
  code: string;
  count: number;
  x: number;
  y: number;
}

interface Edge {
  a: string;
  b: string;
  count: number;
  goldstein: number;
}

/**
 * Actor network: a node per actor (area by events), an edge per pair in either direction (width by events,
 * colour by mean Goldstein), placed by a small force layout. Nodes are buttons: they filter by that actor.
 */
export function ActorNetwork({ dyads, onPickActor }: Props) {
  const { nodes, edges } = useMemo(() => layout(dyads), [dyads]);
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const maxEdge = Math.max(1, ...edges.map((edge) => edge.count));
  const maxNode = Math.max(1, ...nodes.map((node) => node.count));
  return (
    <section className="panel network" aria-labelledby="network-title">
      <div className="panel-head">
        <h2 id="network-title">Actors <span className="muted">by country, {edges.length} pairs</span></h2>
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Actor network">
        {edges.map((edge) => {
          const a = byCode.get(edge.a)!;
          const b = byCode.get(edge.b)!;
          return (
            <line key={`${edge.a}-${edge.b}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={goldsteinColour(edge.goldstein)} strokeWidth={1 + 7 * (edge.count / maxEdge)} className="edge">
              <title>{`${edge.a} – ${edge.b}: ${edge.count} events, mean Goldstein ${edge.goldstein.toFixed(1)}`}</title>
            </line>
          );
        })}
        {nodes.map((node) => (
          <g
            key={node.code}
            transform={`translate(${node.x},${node.y})`}
            className="node"
            role="button"
            tabIndex={0}
            aria-label={`${node.code}: ${node.count} events. Filter by ${node.code}`}
            onClick={() => onPickActor(node.code)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onPickActor(node.code);
              }
            }}
          >
            <circle r={5 + 10 * Math.sqrt(node.count / maxNode)} />
            <text y={-9 - 10 * Math.sqrt(node.count / maxNode)} textAnchor="middle">{node.code}</text>
          </g>
        ))}
      </svg>
      {nodes.length === 0 && <p className="empty overlay">No actor pairs match the filters.</p>}
    </section>
  );
}

/** Undirected edges and a force layout (repulsion between nodes, springs along edges), deterministic. */
function layout(dyads: ApiDyad[]): { nodes: Node[]; edges: Edge[] } {
  const edgeMap = new Map<string, Edge & { sum: number }>();
  const counts = new Map<string, number>();
  for (const dyad of dyads) {
    if (dyad.source === dyad.target) continue;
    const [a, b] = [dyad.source, dyad.target].sort() as [string, string];
    const edge = edgeMap.get(`${a} ${b}`) ?? { a, b, count: 0, goldstein: 0, sum: 0 };
    edge.count += dyad.count;
    edge.sum += dyad.count * dyad.mean_goldstein;
    edgeMap.set(`${a} ${b}`, edge);
    counts.set(a, (counts.get(a) ?? 0) + dyad.count);
    counts.set(b, (counts.get(b) ?? 0) + dyad.count);
  }
  const edges = [...edgeMap.values()].map(({ sum, ...edge }) => ({ ...edge, goldstein: sum / edge.count }));
  const codes = [...counts.keys()].sort((x, y) => counts.get(y)! - counts.get(x)! || x.localeCompare(y));
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const nodes: Node[] = codes.map((code, i) => {
    const angle = (2 * Math.PI * i) / codes.length;
    return { code, count: counts.get(code)!, x: cx + 100 * Math.cos(angle), y: cy + 90 * Math.sin(angle) };
  });
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  const k = Math.sqrt((WIDTH * HEIGHT) / Math.max(1, nodes.length)) * 0.6;
  for (let step = 0; step < 250; step++) {
    const temperature = 8 * (1 - step / 250) + 0.5;
    const dx = new Float64Array(nodes.length);
    const dy = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const x = nodes[i]!.x - nodes[j]!.x;
        const y = nodes[i]!.y - nodes[j]!.y;
        const d2 = Math.max(1, x * x + y * y);
        const force = (k * k) / d2;
        dx[i]! += x * force; dy[i]! += y * force;
        dx[j]! -= x * force; dy[j]! -= y * force;
      }
    }
    for (const edge of edges) {
      const i = index.get(edge.a)!;
      const j = index.get(edge.b)!;
      const x = nodes[i]!.x - nodes[j]!.x;
      const y = nodes[i]!.y - nodes[j]!.y;
      const d = Math.max(1, Math.hypot(x, y));
      const force = d / k;
      dx[i]! -= x * force * 0.5; dy[i]! -= y * force * 0.5;
      dx[j]! += x * force * 0.5; dy[j]! += y * force * 0.5;
    }
    nodes.forEach((node, i) => {
      dx[i]! += (cx - node.x) * 0.05;
      dy[i]! += (cy - node.y) * 0.05;
      const length = Math.max(1e-9, Math.hypot(dx[i]!, dy[i]!));
      const move = Math.min(length, temperature);
      node.x = clamp(node.x + (dx[i]! / length) * move, 24, WIDTH - 24);
      node.y = clamp(node.y + (dy[i]! / length) * move, 24, HEIGHT - 12);
    });
  }
  return { nodes, edges };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
