import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readImportItems, type ImportItem } from "./read-import-items";
import { runImport, type PostResult } from "./run-import";

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), "dataloft-import-"));
  const file = path.join(dir, "entries.jsonl");
  writeFileSync(file, ['{"n":1}', "", '{"n":2}', "eyJhbGciOiJFUzI1NiJ9.e30.c2ln", '{"n":4,"bad":true}'].join("\n"));
  return { dir, file, state: path.join(dir, "state.jsonl") };
}

const poster =
  (seen: string[]) =>
  async (item: ImportItem): Promise<PostResult> => {
    seen.push(item.key);
    if (item.text.includes("bad")) return { status: 422, body: { code: "VERIFICATION_FAILED", detail: "signature does not match" } };
    return { status: item.text.includes('"n":2') ? 200 : 201, body: { hash: "h" } };
  };

describe("runImport", () => {
  it("counts accepted, already present and rejected items with reasons, and guesses media types", async () => {
    const { file, state } = workspace();
    const items: ImportItem[] = [];
    for await (const item of readImportItems(file)) items.push(item);
    expect(items.map((i) => [i.key, i.contentType])).toEqual([
      ["entries.jsonl:1", "application/ld+json"],
      ["entries.jsonl:3", "application/ld+json"],
      ["entries.jsonl:4", "application/vc+jwt"],
      ["entries.jsonl:5", "application/ld+json"],
    ]);
    const report = await runImport({ items: readImportItems(file), post: poster([]), stateFile: state });
    expect(report).toMatchObject({ accepted: 2, alreadyPresent: 1, rejected: 1, skipped: 0 });
    expect(report.rejections).toEqual([{ key: "entries.jsonl:5", status: 422, code: "VERIFICATION_FAILED", reason: "signature does not match" }]);
    expect(readFileSync(state, "utf8").trim().split("\n")).toHaveLength(4);
  });

  it("resumes after an interruption without posting finished items again", async () => {
    const { file, state } = workspace();
    writeFileSync(
      state,
      `${JSON.stringify({ key: "entries.jsonl:1", outcome: "accepted" })}\n${JSON.stringify({ key: "entries.jsonl:3", outcome: "already-present" })}\n`,
    );
    const seen: string[] = [];
    const report = await runImport({ items: readImportItems(file), post: poster(seen), stateFile: state });
    expect(seen.sort()).toEqual(["entries.jsonl:4", "entries.jsonl:5"]);
    expect(report.skipped).toBe(2);
  });

  it("reads a folder of files in name order", async () => {
    const { dir } = workspace();
    const folder = path.join(dir, "folder");
    (await import("node:fs")).mkdirSync(folder);
    writeFileSync(path.join(folder, "b.jwt"), "a.b.c\n");
    writeFileSync(path.join(folder, "a.jsonld"), '{"x":1}');
    writeFileSync(path.join(folder, "notes.txt"), "ignored");
    const keys: string[] = [];
    for await (const item of readImportItems(folder)) keys.push(`${item.key}:${item.contentType}:${item.text}`);
    expect(keys).toEqual(['a.jsonld:application/ld+json:{"x":1}', "b.jwt:application/vc+jwt:a.b.c"]);
  });
});
