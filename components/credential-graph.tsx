import { useTranslations } from "next-intl";
import type { CredentialGraph, CredentialGraphNode, CredentialGraphNodeKind } from "@/lib/catalogue/build-credential-graph";

// The credential as a small picture: one column per step from the root, drawn as server-rendered SVG
// (no script, no chart library). The picture is an image with a summary; the same links are listed
// as text underneath, so nothing is only visible.

const NODE_WIDTH = 176;
const NODE_HEIGHT = 34;
const COLUMN_STEP = NODE_WIDTH + 64;
const ROW_STEP = NODE_HEIGHT + 14;
const PADDING = 8;
const MAX_LABEL = 24;

const STYLE: Record<CredentialGraphNodeKind, { fill: string; stroke: string; dash?: string }> = {
  presentation: { fill: "#d5ecea", stroke: "#115e59" },
  credential: { fill: "#eef7f6", stroke: "#115e59" },
  subject: { fill: "#e0f2fe", stroke: "#075985" },
  node: { fill: "#ffffff", stroke: "#475569" },
  link: { fill: "#ffffff", stroke: "#64748b", dash: "4 3" },
};

const clip = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

function layout(nodes: CredentialGraphNode[]) {
  const rowsPerColumn = new Map<number, number>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const row = rowsPerColumn.get(node.depth) ?? 0;
    rowsPerColumn.set(node.depth, row + 1);
    positions.set(node.id, { x: PADDING + node.depth * COLUMN_STEP, y: PADDING + row * ROW_STEP });
  }
  const columns = Math.max(1, ...[...rowsPerColumn.keys()].map((depth) => depth + 1));
  const rows = Math.max(1, ...rowsPerColumn.values());
  return { positions, width: PADDING * 2 + (columns - 1) * COLUMN_STEP + NODE_WIDTH, height: PADDING * 2 + (rows - 1) * ROW_STEP + NODE_HEIGHT };
}

export function CredentialGraphView({ graph }: { graph: CredentialGraph }) {
  const t = useTranslations("entry.graph");
  if (graph.nodes.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  const { positions, width, height } = layout(graph.nodes);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const summary = t("summary", { nodes: graph.nodes.length, links: graph.edges.length, omitted: graph.omittedNodes });

  return (
    <figure className="flex flex-col gap-3" data-testid="credential-graph">
      {/* Focusable so keyboard users can scroll a wide graph sideways. */}
      <div className="overflow-x-auto rounded border border-slate-200 bg-slate-50" tabIndex={0} role="region" aria-label={t("region")}>
        <svg
          role="img"
          aria-labelledby="credential-graph-title credential-graph-desc"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="max-w-none"
        >
          <title id="credential-graph-title">{t("title")}</title>
          <desc id="credential-graph-desc">{summary}</desc>
          <defs>
            <marker id="credential-graph-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
            </marker>
          </defs>
          {graph.edges.map((edge) => {
            const from = positions.get(edge.from)!;
            const to = positions.get(edge.to)!;
            const forward = to.x > from.x;
            const x1 = forward ? from.x + NODE_WIDTH : from.x + NODE_WIDTH / 2;
            const y1 = forward ? from.y + NODE_HEIGHT / 2 : from.y + NODE_HEIGHT;
            const x2 = forward ? to.x : to.x + NODE_WIDTH / 2;
            const y2 = forward ? to.y + NODE_HEIGHT / 2 : to.y;
            const bend = forward ? `C ${x1 + 32} ${y1}, ${x2 - 32} ${y2}` : `C ${x1 + 60} ${y1 + 24}, ${x2 + 60} ${y2 - 24}`;
            return (
              <path
                key={`${edge.from}|${edge.label}|${edge.to}`}
                d={`M ${x1} ${y1} ${bend}, ${x2} ${y2}`}
                fill="none"
                stroke="#94a3b8"
                strokeWidth="1.5"
                markerEnd="url(#credential-graph-arrow)"
              >
                <title>{`${byId.get(edge.from)?.label} — ${edge.label} → ${byId.get(edge.to)?.label}`}</title>
              </path>
            );
          })}
          {graph.nodes.map((node) => {
            const { x, y } = positions.get(node.id)!;
            const style = STYLE[node.kind];
            return (
              <g key={node.id}>
                <title>{`${t(`kind.${node.kind}`)}: ${node.id.startsWith("_:") ? node.label : node.id}`}</title>
                <rect
                  x={x}
                  y={y}
                  width={NODE_WIDTH}
                  height={NODE_HEIGHT}
                  rx="6"
                  fill={style.fill}
                  stroke={style.stroke}
                  strokeDasharray={style.dash}
                  strokeWidth="1.5"
                />
                <text x={x + 10} y={y + NODE_HEIGHT / 2 + 4} fontSize="12" fill="#0f172a">
                  {clip(node.label)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="text-sm text-slate-700">
        {summary} {t("legend")}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("asList")}</summary>
        <ul className="mt-2 space-y-1" data-testid="credential-graph-links">
          {graph.edges.map((edge) => (
            <li key={`${edge.from}|${edge.label}|${edge.to}`} className="break-all">
              {byId.get(edge.from)?.label} <span className="text-slate-600">— {edge.label} →</span>{" "}
              {edge.to.startsWith("_:") ? byId.get(edge.to)?.label : edge.to}
            </li>
          ))}
        </ul>
        {graph.omittedNodes ? <p className="mt-2 text-slate-700">{t("omitted", { count: graph.omittedNodes })}</p> : null}
      </details>
    </figure>
  );
}
