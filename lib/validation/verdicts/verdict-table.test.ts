import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { createShapesRegistry } from "../shapes/create-shapes-registry";
import { FIXTURES_ROOT, listArtefacts, validateArtefact } from "../test-support/artefacts";
import { toVerdictRow, type VerdictRow } from "../test-support/verdict-row";

interface VerdictTable {
  artefacts: Record<string, { upstream: string; note: string; expected: VerdictRow }>;
}

const table = JSON.parse(readFileSync(path.join(FIXTURES_ROOT, "verdicts", "validation-verdicts.json"), "utf8")) as VerdictTable;
const shapes = createShapesRegistry();

describe("verdict table of every real artefact (test/fixtures/verdicts/validation-verdicts.json)", () => {
  beforeAll(async () => {
    await Promise.all(["gaia-x-22.10", "gaia-x-25.11", "gaia-x-25.11-2511"].map((id) => shapes.get(id as never)));
  }, 60_000);

  it("lists every example document the project carries, each with a note where it differs from upstream", () => {
    expect(Object.keys(table.artefacts).sort()).toEqual(listArtefacts());
    for (const [file, row] of Object.entries(table.artefacts)) {
      expect(row.note, file).not.toBe("");
      expect(["valid", "invalid", "unclassified", "accepted"], file).toContain(row.upstream);
    }
  });

  it("the validator gives exactly the tabled verdict, failing shapes and paths for each", async () => {
    const actual: Record<string, VerdictRow> = {};
    for (const file of listArtefacts()) actual[file] = toVerdictRow(await validateArtefact({ file, shapes }));
    const expected = Object.fromEntries(Object.entries(table.artefacts).map(([file, row]) => [file, row.expected]));
    expect(actual).toEqual(expected);
    // The table must exercise all three verdicts, or it proves nothing about the null case.
    expect(new Set(Object.values(actual).map((row) => row.conforms))).toEqual(new Set([true, false, null]));
  }, 120_000);

  it("upstream-valid Gaia-X documents that we can read and hold all the data they reference conform", () => {
    const upstreamValid = Object.entries(table.artefacts).filter(([file, row]) => row.upstream === "valid" && /\/(22\.10|loire)\//.test(file));
    const conforming = upstreamValid.filter(([, row]) => row.expected.conforms === true).length;
    expect(conforming).toBeGreaterThanOrEqual(upstreamValid.length - 6);
  });
});
