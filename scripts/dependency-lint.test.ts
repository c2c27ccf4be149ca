import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `npm run lint:deps` runs dependency-cruiser with .dependency-cruiser.cjs. This runs the same config
// over a tiny project written for the test: each forbidden import once, beside allowed ones, so the
// test fails both when a rule stops catching and when a rule catches too much.

const ROOT = path.resolve(import.meta.dirname, "..");
// Inside the repository (its tmp/ is git-ignored) so that `next` resolves from its node_modules.
const FIXTURE = path.join(ROOT, "tmp", `dependency-lint-${randomUUID()}`);

const FILES: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", paths: { "@/*": ["./*"] } } }),
  // allowed: app -> components -> lib, lib/dsp -> lib/contracts
  "app/page.ts": 'import { view } from "@/components/view";\nexport const page = view;\n',
  "components/view.ts": 'import { moved } from "@/lib/contracts/move";\nexport const view = moved;\n',
  "lib/dsp/deliver.ts": 'import { moved } from "@/lib/contracts/move";\nexport const deliver = moved;\n',
  "lib/contracts/move.ts": "export const moved = 1;\n",
  // forbidden, one each
  "components/uses-route.ts": 'import { page } from "@/app/page";\nexport const usesRoute = page;\n',
  "lib/cycle-a.ts": 'import { b } from "./cycle-b";\nexport const a = () => b;\n',
  "lib/cycle-b.ts": 'import { a } from "@/lib/cycle-a";\nexport const b = () => a;\n',
  "lib/contracts/calls-dsp.ts": 'import { deliver } from "@/lib/dsp/deliver";\nexport const callsDsp = deliver;\n',
  "lib/uses-next.ts": 'import { NextResponse } from "next/server";\nexport const usesNext = NextResponse;\n',
  "lib/uses-view.ts": 'import { view } from "@/components/view";\nexport const usesView = view;\n',
  "lib/vocabulary/terms.ts": 'import { moved } from "@/lib/contracts/move";\nexport const terms = [moved];\n',
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

async function depcruise(): Promise<Violation[]> {
  const bin = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
  const args = [bin, "--config", path.join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json", "app", "components", "lib"];
  // Exit code 1 means "violations found": the report is on stdout either way.
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: FIXTURE, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string; code?: number }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw error;
    },
  );
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe(".dependency-cruiser.cjs", () => {
  beforeAll(() => {
    for (const [file, content] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(FIXTURE, file)), { recursive: true });
      writeFileSync(path.join(FIXTURE, file), content);
    }
  });
  afterAll(() => rmSync(FIXTURE, { recursive: true, force: true }));

  it("catches exactly the forbidden imports of a small project (alias @/ resolved)", async () => {
    const found = (await depcruise())
      .map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to.replace(/^.*node_modules\//, "node_modules/")}`)
      .sort();
    expect(found).toEqual(
      [
        "components-not-to-app: components/uses-route.ts -> app/page.ts",
        "contracts-not-to-dsp: lib/contracts/calls-dsp.ts -> lib/dsp/deliver.ts",
        "lib-not-to-app-or-components: lib/uses-view.ts -> components/view.ts",
        "lib-not-to-next: lib/uses-next.ts -> node_modules/next/server.js",
        // a cycle is reported once, from the first module of it
        "no-circular: lib/cycle-a.ts -> lib/cycle-b.ts",
        "vocabulary-is-browser-safe: lib/vocabulary/terms.ts -> lib/contracts/move.ts",
      ].sort(),
    );
  }, 60_000);
});
