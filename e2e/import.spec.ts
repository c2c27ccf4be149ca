import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { createOrganisation, healthDataset } from "./organisation-fixture";

const run = promisify(execFile);

async function importFile(file: string, baseURL: string, token: string) {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/import.ts", file, "--url", baseURL, "--token", token], { timeout: 60_000 });
    return { code: 0, report: JSON.parse(stdout) };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, report: JSON.parse(failed.stdout) };
  }
}

test("bulk import through the running portal reports accepted and rejected entries and resumes", async ({ browser, baseURL }) => {
  const org = await createOrganisation(browser, String(baseURL), "Import Institute");
  const lines: string[] = [];
  for (const title of ["Import one", "Import two"]) {
    lines.push(await (await org.api.post(`/api/v1/participants/${org.slug}/sign`, { data: healthDataset(`${title} ${Date.now()}`) })).text());
  }
  const tampered = JSON.parse(lines[0]!);
  tampered.credentialSubject["dct:title"] = "Tampered in the file";
  lines.push(JSON.stringify(tampered));
  const file = path.join(mkdtempSync(path.join(tmpdir(), "dataloft-import-e2e-")), "entries.jsonl");
  writeFileSync(file, lines.map((line) => JSON.stringify(JSON.parse(line))).join("\n"));

  const first = await importFile(file, String(baseURL), org.token);
  expect(first.code).toBe(2);
  expect(first.report).toMatchObject({ accepted: 2, rejected: 1, skipped: 0 });
  expect(first.report.rejections[0]).toMatchObject({ key: "entries.jsonl:3", code: "VERIFICATION_FAILED" });

  const again = await importFile(file, String(baseURL), org.token);
  expect(again.report).toMatchObject({ accepted: 0, rejected: 0, skipped: 3 });
  await org.api.dispose();
});
