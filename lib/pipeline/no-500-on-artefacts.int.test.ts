import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { isAppError } from "@/lib/errors/app-error";
import { inspectSubmission } from "@/lib/catalogue/inspect-submission";
import { getPipelineServices } from "@/lib/wiring/services";

// Issue 14: no verification or validation request answers 500 for any real artefact the project carries
// (Gaia-X examples, the 2026 standards' examples, the W3C/CCG vectors and their intermediate values),
// whatever content type it is sent with. Every answer is a verdict or a 4xx problem naming the cause.

const ROOTS = ["test/fixtures/gaiax/examples", "test/fixtures/standards-2026", "test/fixtures/w3c-vc-test-vectors"];
const CONTENT_TYPES = ["application/ld+json", "application/vc+jwt", "application/vp+jwt", "application/json", "text/plain", null];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(json|jsonld|txt|jwt)$/.test(name) ? [full] : [];
  });
}

describe("every shared artefact, any content type", () => {
  withTestDatabase(testDatabaseTargets()[0]!);

  it("gets a verdict or a 4xx problem, never an internal error", async () => {
    const files = ROOTS.flatMap(filesUnder);
    expect(files.length).toBeGreaterThan(150);
    const services = await getPipelineServices({ budget: "background" });
    const internal: string[] = [];
    let verdicts = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const contentType of CONTENT_TYPES) {
        try {
          await inspectSubmission({ text, contentType, flags: { signatures: true, schema: true, rules: true }, services });
          verdicts += 1;
        } catch (error) {
          if (!isAppError(error) || error.status >= 500)
            internal.push(`${file} as ${contentType ?? "(none)"}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        }
      }
    }
    expect(internal).toEqual([]);
    // Not all refused at the door: the credentials among them reach a verdict.
    expect(verdicts).toBeGreaterThan(100);
  }, 600_000);
});
