import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { FIXTURES_ROOT, listArtefacts } from "@/lib/validation/test-support/artefacts";

import { VERDICT_DAY, verifyArtefact, type VerificationRow } from "./test-support/verify-artefact";

// The sibling of lib/validation/verdicts/verdict-table.test.ts: the same real artefacts, their expected
// verification verdict and the ids of the checks expected to fail (test/fixtures/verdicts/verification-verdicts.json).
interface VerdictTable {
  verdictDay: string;
  artefacts: Record<string, { upstream: string; note: string; expected: VerificationRow }>;
}

const read = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES_ROOT, "verdicts", name), "utf8")) as VerdictTable;
const table = read("verification-verdicts.json");
const validationTable = read("validation-verdicts.json");

describe("verification verdict of every real artefact (test/fixtures/verdicts/verification-verdicts.json)", () => {
  it("lists the same artefacts as the validation table, with its upstream label and a note for each", () => {
    expect(table.verdictDay).toBe(VERDICT_DAY);
    expect(Object.keys(table.artefacts).sort()).toEqual(listArtefacts());
    for (const [file, row] of Object.entries(table.artefacts)) {
      expect(row.upstream, file).toBe(validationTable.artefacts[file]?.upstream);
      // Where the portal's verdict departs from upstream's label, the note must say why.
      const departs = row.upstream !== "invalid" && row.expected.verified !== true;
      expect(row.note, file).toMatch(departs ? /^upstream \w+; (refused|not judged) here: .{20,}/ : /^upstream \w+; .{10,}/);
    }
  });

  it("the pipeline's verify function gives exactly the tabled verdict and failing checks for each", async () => {
    const actual: Record<string, VerificationRow> = {};
    for (const file of listArtefacts()) actual[file] = await verifyArtefact(file);
    expect(actual).toEqual(Object.fromEntries(Object.entries(table.artefacts).map(([file, row]) => [file, row.expected])));
    // A refused verdict must always name a failed check, or the table would prove nothing about why.
    for (const [file, row] of Object.entries(actual)) if (row.verified === false) expect(row.failing.length, file).toBeGreaterThan(0);
  }, 120_000);
});
