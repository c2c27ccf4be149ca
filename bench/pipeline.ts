// Verify+validate throughput on one core: the portal's check pipeline (checkSubmission with every part,
// services from getPipelineServices, as every door calls it) versus a sensible naive pipeline of the
// same libraries (bench/support/sensible-naive-pipeline.ts) versus the crypto floor (SHA-256 + one
// Ed25519 verify of the bytes), on wizard-made signed health datasets, measured side by side in one
// run: interleaved rounds whose order rotates, so a busy (shared) machine weighs on all three alike.
// Then a CPU profile of the portal over the same documents, summarised by self time.
// Run: npm run bench:pipeline -- [--count=500] [--rounds=7] [--profile-out=/tmp/portal.cpuprofile] [--profile-naive]
import os from "node:os";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseSubmission } from "@/lib/catalogue/parse-submission";
import { ALL_CHECKS, checkSubmission } from "@/lib/pipeline/check-submission";
import { getPipelineServices } from "@/lib/wiring/services";
import { SHAPE_SETS } from "@/lib/validation/shapes/shape-sets";
import { createSignedHealthDatasets } from "./support/signed-health-datasets";
import { createSensibleNaivePipeline, type NaiveVerdict } from "./support/sensible-naive-pipeline";
import { measureStages } from "./support/measure-stages";
import { createCryptoFloor } from "./support/crypto-floor";
import { profileCpu } from "./support/profile-cpu";
import { formatProfileSummary, summariseCpuProfile } from "./support/summarise-cpu-profile";

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const count = Number(option("count") ?? 500);
const rounds = Number(option("rounds") ?? 7);
const profileOut = option("profile-out") ?? `${os.tmpdir()}/dataloft-pipeline-portal-${process.pid}.cpuprofile`;
const contentType = "application/ld+json";
// The shape sets the portal detects for a wizard-made health dataset; the naive pipeline is given their files.
const HEALTH_SHAPE_SETS = ["dcat-ap-3.0.0", "dataloft-health"] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const spread = (values: number[], digits = 0) =>
  `median ${median(values).toFixed(digits)} (min ${Math.min(...values).toFixed(digits)}, max ${Math.max(...values).toFixed(digits)})`;
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function main() {
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString()}, load average ${load()}`,
  );
  const made = await createSignedHealthDatasets({ count });
  const services = await getPipelineServices({ budget: "background" });
  const portalOutcome = (text: string) => checkSubmission(parseSubmission({ text, contentType }), services, { parts: ALL_CHECKS });
  const portal = async (text: string): Promise<NaiveVerdict> => {
    const outcome = await portalOutcome(text);
    return { verified: outcome.verification?.verified === true, conforms: outcome.validation?.conforms === true };
  };
  const naivePipeline = createSensibleNaivePipeline({
    didDocuments: [made.didDocument],
    shapesFiles: [...new Set(HEALTH_SHAPE_SETS.flatMap((id) => SHAPE_SETS[id].files))],
  });
  const naive = naivePipeline.check;
  const floor = createCryptoFloor(made.texts);

  // Same verdicts before any timing (this pass also warms every pipeline up).
  const used = (await portalOutcome(made.texts[0] as string)).validation?.shapesUsed.map((label) => label.split("@")[0]);
  if (JSON.stringify(used) !== JSON.stringify(HEALTH_SHAPE_SETS))
    throw new Error(`the portal used shape sets ${JSON.stringify(used)}, the naive pipeline has ${HEALTH_SHAPE_SETS.join(", ")}`);
  const probes = [
    ...made.texts.map((text) => ({ text, expected: { verified: true, conforms: true } })),
    { text: made.forged, expected: { verified: false, conforms: true } },
    { text: made.nonConforming, expected: { verified: true, conforms: false } },
  ];
  for (const [index, probe] of probes.entries()) {
    const verdicts = { portal: await portal(probe.text), naive: await naive(probe.text), expected: probe.expected };
    if (JSON.stringify(verdicts.portal) !== JSON.stringify(probe.expected) || JSON.stringify(verdicts.naive) !== JSON.stringify(probe.expected)) {
      throw new Error(`VERDICTS DIFFER on document ${index}: ${JSON.stringify(verdicts)}`);
    }
  }
  if (!made.texts.every((_, index) => floor.check(index))) throw new Error("the crypto floor did not verify its own signatures");
  console.log(
    `verdicts agree on ${count} signed health datasets (verified, conforming), a forged copy (signature fails) and a signed dataset without a title (violation)`,
  );

  const pipelines = [
    {
      name: "portal",
      run: async () => {
        for (const text of made.texts) await portalOutcome(text);
      },
      perSecond: [] as number[],
    },
    {
      name: "naive",
      run: async () => {
        for (const text of made.texts) await naive(text);
      },
      perSecond: [] as number[],
    },
    {
      name: "floor",
      run: async () => {
        for (let index = 0; index < count; index += 1) floor.check(index);
      },
      perSecond: [] as number[],
    },
  ];
  for (let round = 0; round < rounds; round += 1) {
    const order = [...pipelines.slice(round % pipelines.length), ...pipelines.slice(0, round % pipelines.length)];
    for (const pipeline of order) {
      const started = performance.now();
      await pipeline.run();
      pipeline.perSecond.push(count / ((performance.now() - started) / 1000));
    }
    console.log(`round ${round + 1}: ${pipelines.map((p) => `${p.name} ${(p.perSecond.at(-1) ?? NaN).toFixed(0)}/s`).join(", ")}`);
  }
  const [portalRates, naiveRates, floorRates] = pipelines.map((p) => p.perSecond) as [number[], number[], number[]];
  const portalOverNaive = portalRates.map((rate, round) => rate / (naiveRates[round] as number));
  const floorOverPortal = floorRates.map((rate, round) => rate / (portalRates[round] as number));
  console.log(`\n${count} documents × ${rounds} rounds, sequential on one JS thread (docs/s, ${rounds} rounds):`);
  console.log(`  portal verify+validate  ${spread(portalRates)}  (${(1000 / median(portalRates)).toFixed(2)} ms each)`);
  console.log(`  sensible naive          ${spread(naiveRates)}  (${(1000 / median(naiveRates)).toFixed(2)} ms each)`);
  console.log(`  crypto floor            ${spread(floorRates)}  (${(1000 / median(floorRates)).toFixed(3)} ms each)`);
  console.log(`  portal / naive          ×${spread(portalOverNaive, 2)} per round — target ≥ ×4: ${median(portalOverNaive) >= 4 ? "met" : "NOT met"}`);
  console.log(`  floor / portal          ×${spread(floorOverPortal, 1)} per round — target ≤ ×8: ${median(floorOverPortal) <= 8 ? "met" : "NOT met"}`);
  console.log(`  two cores (worker pool): not measured — no lib/compute in this branch`);
  console.log(`load average after timing: ${load()}`);

  console.log(
    `\nmedian per document, stage by stage (one pass each):\n${await measureStages({ texts: made.texts, issuerDid: made.issuerDid, services, naive: naivePipeline })}`,
  );

  const profile = await profileCpu(async () => {
    for (const text of made.texts) await portalOutcome(text);
  });
  writeFileSync(profileOut, JSON.stringify(profile));
  console.log(`\nCPU profile of the portal over the ${count} documents (written to ${profileOut}):`);
  console.log(formatProfileSummary(summariseCpuProfile(profile)));
  if (process.argv.includes("--profile-naive")) {
    const naiveProfile = await profileCpu(async () => {
      for (const text of made.texts) await naive(text);
    });
    console.log(`\nCPU profile of the sensible naive pipeline over the same documents, for comparison:`);
    console.log(formatProfileSummary(summariseCpuProfile(naiveProfile), 8));
  }
  await made.database.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
