// Search latency while anonymous callers flood POST /api/v1/verification with the heaviest documents
// the caps let through (test/support/heavy-credential.ts). Prints search p50/p95 without and during
// the flood, and what the flood got (checked / too costly / busy).
// Run against a running portal: BENCH_PORTAL_URL=http://localhost:3000 node --conditions=react-server --import tsx bench/verification-flood.ts
// Without BENCH_PORTAL_URL it starts one (after `next build`) on BENCH_PORT (default 3319), seeded with the demo data.
import { percentile, runVerificationFlood } from "@/test/support/verification-flood";
import { startInstance, type Instance } from "@/test/system/start-instance";

const parallel = Number(process.env.BENCH_PARALLEL ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

async function baseline(baseUrl: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < 50; index += 1) {
    const started = performance.now();
    await (await fetch(`${baseUrl}/api/v1/self-descriptions?q=health`)).arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function main() {
  let instance: Instance | null = null;
  let baseUrl = process.env.BENCH_PORTAL_URL;
  if (!baseUrl) {
    instance = await startInstance({ port: Number(process.env.BENCH_PORT ?? 3319), adminToken: "bench-flood-admin-token-0123456789abcdef", seedDemo: true });
    baseUrl = instance.baseUrl;
  }
  try {
    const quiet = await baseline(baseUrl);
    console.log(`searches alone:        p50 ${percentile(quiet, 50).toFixed(0)} ms, p95 ${percentile(quiet, 95).toFixed(0)} ms`);
    const result = await runVerificationFlood({ baseUrl, parallel, rounds });
    const by = (status: number) => result.answers.filter((answer) => answer.status === status).length;
    const slowest = Math.max(...result.answers.map((answer) => answer.ms));
    console.log(`searches during flood: p50 ${result.searchP50.toFixed(0)} ms, p95 ${result.searchP95.toFixed(0)} ms (${result.searches.length} searches)`);
    console.log(
      `flood: ${result.answers.length} anonymous checks (${rounds} rounds of ${parallel}) in ${(result.floodMs / 1000).toFixed(1)} s: ` +
        `${by(200)} checked, ${by(422)} refused 422, ${by(413)} refused 413, ${by(503)} busy 503; slowest answer ${slowest.toFixed(0)} ms; ` +
        `${((by(200) / result.floodMs) * 1000).toFixed(2)} checks/s`,
    );
  } finally {
    await instance?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
