import { performance } from "node:perf_hooks";
import { heavyCredential } from "./heavy-credential";

// A flood of anonymous checks against a running portal while one client keeps searching: what the
// verification-flood system test asserts on and bench/verification-flood.ts prints.

export interface FloodAnswer {
  status: number;
  ms: number;
  retryAfter: string | null;
  code: string | null;
}

export interface FloodResult {
  answers: FloodAnswer[];
  searches: { status: number; ms: number }[];
  searchP50: number;
  searchP95: number;
  floodMs: number;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Searches (GET /api/v1/self-descriptions?q=…) one after another until `until` settles. */
async function searchLoop(baseUrl: string, until: Promise<unknown>): Promise<{ status: number; ms: number }[]> {
  let done = false;
  void until.finally(() => (done = true));
  const searches: { status: number; ms: number }[] = [];
  const words = ["health", "diabetes", "blood pressure", "registry"];
  for (let round = 0; !done || searches.length < 5; round += 1) {
    const { value, ms } = await timed(async () => {
      const response = await fetch(`${baseUrl}/api/v1/self-descriptions?q=${encodeURIComponent(words[round % words.length] ?? "health")}`);
      await response.arrayBuffer();
      return response.status;
    });
    searches.push({ status: value, ms });
  }
  return searches;
}

export async function runVerificationFlood(options: { baseUrl: string; parallel: number; rounds?: number }): Promise<FloodResult> {
  const bodies = Array.from({ length: options.parallel * (options.rounds ?? 1) }, (_, index) =>
    JSON.stringify(heavyCredential({ seed: `flood-${index}-${Date.now()}` })),
  );
  const started = performance.now();
  const flood = (async () => {
    const answers: FloodAnswer[] = [];
    for (let round = 0; round < (options.rounds ?? 1); round += 1) {
      const batch = bodies.slice(round * options.parallel, (round + 1) * options.parallel);
      answers.push(
        ...(await Promise.all(
          batch.map(async (body) => {
            const { value, ms } = await timed(async () => {
              const response = await fetch(`${options.baseUrl}/api/v1/verification`, {
                method: "POST",
                headers: { "content-type": "application/ld+json" },
                body,
              });
              const answer = (await response.json()) as { code?: string };
              return { status: response.status, retryAfter: response.headers.get("retry-after"), code: answer.code ?? null };
            });
            return { ...value, ms };
          }),
        )),
      );
    }
    return answers;
  })();
  const [answers, searches] = await Promise.all([flood, searchLoop(options.baseUrl, flood)]);
  const floodMs = performance.now() - started;
  const latencies = searches.map((search) => search.ms);
  return { answers, searches, searchP50: percentile(latencies, 50), searchP95: percentile(latencies, 95), floodMs };
}
