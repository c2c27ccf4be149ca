import path from "node:path";

// Self time of a V8 CPU profile (.cpuprofile, as `node --cpu-prof` or the inspector's Profiler write
// it), grouped by package, by file and by function, so a profile reads as "where the time goes".

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTimeRow {
  name: string;
  milliseconds: number;
  share: number;
}

export interface ProfileSummary {
  totalMilliseconds: number;
  byPackage: SelfTimeRow[];
  byFile: SelfTimeRow[];
  byFunction: SelfTimeRow[];
}

const SPECIAL = new Set(["(garbage collector)", "(program)", "(idle)", "(root)"]);

/** "jsonld", "@digitalbazaar/vc", "lib/validation", "node:internal", "(garbage collector)" … */
export function packageOf(frame: ProfileNode["callFrame"]): string {
  if (SPECIAL.has(frame.functionName)) return frame.functionName;
  const url = frame.url;
  if (url === "") return "(native)";
  if (url.startsWith("node:")) return "node (internal)";
  if (url.startsWith("wasm://")) return "(wasm)";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "/node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1] ?? ""}` : (rest[0] ?? url);
  }
  const local = url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "");
  const [top, area] = local.split("/");
  return top === "lib" || top === "bench" || top === "test" ? `${top}/${area ?? ""}` : local;
}

function fileOf(frame: ProfileNode["callFrame"]): string {
  const area = packageOf(frame);
  return frame.url === "" || SPECIAL.has(frame.functionName) ? area : `${area}: ${path.basename(frame.url)}`;
}

function functionOf(frame: ProfileNode["callFrame"]): string {
  const name = frame.functionName || "(anonymous)";
  return SPECIAL.has(name) ? name : `${name} (${fileOf(frame)}:${frame.lineNumber + 1})`;
}

function rows(totals: Map<string, number>, totalMicros: number): SelfTimeRow[] {
  return [...totals.entries()]
    .map(([name, micros]) => ({ name, milliseconds: micros / 1000, share: micros / totalMicros }))
    .sort((a, b) => b.milliseconds - a.milliseconds);
}

/** Nodes under an inspector call: the profiler's own work (Profiler.stop serialising), not the code's. */
function inspectorNodes(profile: CpuProfile): Set<number> {
  const excluded = new Set<number>();
  const mark = (node: ProfileNode | undefined, inside: boolean, byId: Map<number, ProfileNode>) => {
    if (!node) return;
    const here = inside || node.callFrame.url.startsWith("node:inspector");
    if (here) excluded.add(node.id);
    for (const child of node.children ?? []) mark(byId.get(child), here, byId);
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  mark(profile.nodes[0], false, byId);
  return excluded;
}

export function summariseCpuProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const excluded = inspectorNodes(profile);
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const groups = { byPackage: new Map<string, number>(), byFile: new Map<string, number>(), byFunction: new Map<string, number>() };
  let totalMicros = 0;
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)" || excluded.has(id)) continue;
    totalMicros += micros;
    const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + micros);
    add(groups.byPackage, packageOf(frame));
    add(groups.byFile, fileOf(frame));
    add(groups.byFunction, functionOf(frame));
  }
  return {
    totalMilliseconds: totalMicros / 1000,
    byPackage: rows(groups.byPackage, totalMicros),
    byFile: rows(groups.byFile, totalMicros),
    byFunction: rows(groups.byFunction, totalMicros),
  };
}

/** The summary as text: every package, and the top `top` files and functions. */
export function formatProfileSummary(summary: ProfileSummary, top = 15): string {
  const table = (title: string, list: SelfTimeRow[]) =>
    [`${title}:`, ...list.map((row) => `  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.milliseconds.toFixed(0).padStart(7)} ms  ${row.name}`)].join(
      "\n",
    );
  return [
    `self time, ${summary.totalMilliseconds.toFixed(0)} ms sampled (idle and the profiler's own work excluded)`,
    table(
      "by package",
      summary.byPackage.filter((row) => row.share >= 0.002),
    ),
    table(`top ${top} files`, summary.byFile.slice(0, top)),
    table(`top ${top} functions`, summary.byFunction.slice(0, top)),
  ].join("\n");
}
