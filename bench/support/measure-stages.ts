import { performance } from "node:perf_hooks";
import { parseSubmission, type Submission } from "@/lib/catalogue/parse-submission";
import type { PipelineServices } from "@/lib/pipeline/pipeline-services";
import { getDidResolver } from "@/lib/wiring/services";
import type { SensibleNaivePipeline } from "./sensible-naive-pipeline";

// Where a document's time goes, stage by stage (median ms per document over the texts), for the
// portal and the naive pipeline alike. One pass each, after the timed rounds; for orientation only.

async function medianMilliseconds<T>(inputs: T[], stage: (input: T) => unknown): Promise<number> {
  const timings: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await stage(input);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? NaN;
}

export async function measureStages(options: {
  texts: string[];
  issuerDid: string;
  services: PipelineServices;
  naive: SensibleNaivePipeline;
}): Promise<string> {
  const { texts, services, naive } = options;
  const submissions: Submission[] = texts.map((text) => parseSubmission({ text, contentType: "application/ld+json" }));
  const credentials = texts.map((text) => JSON.parse(text) as Record<string, unknown>);
  const resolver = getDidResolver();
  const stages: [string, number][] = [
    ["portal parseSubmission (strict JSON, hash)", await medianMilliseconds(texts, (text) => parseSubmission({ text, contentType: "application/ld+json" }))],
    ["portal verify (services.verify)", await medianMilliseconds(submissions, (submission) => services.verify(submission))],
    ["  of which the hosted DID lookup (SQL)", await medianMilliseconds(texts, () => resolver.resolve(options.issuerDid))],
    ["portal validate (services.validate: SHACL + rules)", await medianMilliseconds(submissions, (submission) => services.validate(submission))],
    ["naive JSON.parse", await medianMilliseconds(texts, (text) => JSON.parse(text))],
    ["naive vc.verifyCredential", await medianMilliseconds(credentials, (credential) => naive.verify(credential))],
    ["naive toRDF + rdf-validate-shacl", await medianMilliseconds(credentials, (credential) => naive.validate(credential))],
  ];
  return stages.map(([name, milliseconds]) => `  ${name.padEnd(52)} ${milliseconds.toFixed(2).padStart(6)} ms`).join("\n");
}
