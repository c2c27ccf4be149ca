// Summarises a V8 CPU profile by self time per package, file and function.
// Run: node --import tsx bench/profile-summary.ts <file.cpuprofile> [--top=15]
// (e.g. after `node --cpu-prof --cpu-prof-dir=/tmp/prof --conditions=react-server --import tsx bench/pipeline.ts`;
// bench/pipeline.ts also profiles the portal itself and prints this summary.)
import { readFileSync } from "node:fs";
import { formatProfileSummary, summariseCpuProfile, type CpuProfile } from "./support/summarise-cpu-profile";

const file = process.argv.slice(2).find((argument) => !argument.startsWith("--"));
const top = Number(process.argv.find((argument) => argument.startsWith("--top="))?.split("=")[1] ?? 15);
if (!file) {
  console.error("usage: node --import tsx bench/profile-summary.ts <file.cpuprofile> [--top=15]");
  process.exit(2);
}
console.log(formatProfileSummary(summariseCpuProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile), top));
