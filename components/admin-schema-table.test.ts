import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AdminRevalidationRuns } from "./admin-revalidation-runs";
import { AdminSchemaTable, type AdminSchemaRow } from "./admin-schema-table";

const action = async () => ({});

function row(status: AdminSchemaRow["status"], version: string): AdminSchemaRow {
  return {
    id: `id-${version}`,
    name: "publisher",
    version,
    profile: "dataloft-health",
    format: "turtle",
    contentHash: "a".repeat(64),
    status,
    createdAt: "2026-11-29T03:00:00.000Z",
    activatedAt: null,
    retiredAt: null,
  };
}

describe("AdminSchemaTable", () => {
  it("offers the actions each state allows, with full accessible names", () => {
    const html = renderToStaticMarkup(
      createElement(AdminSchemaTable, { schemas: [row("DRAFT", "1"), row("ACTIVE", "2"), row("RETIRED", "3")], activate: action, retire: action }),
    );
    expect(html).toContain('aria-label="Activate publisher 1"');
    expect(html).toContain('aria-label="Retire publisher 1"');
    expect(html).not.toContain('aria-label="Activate publisher 2"');
    expect(html).toContain('aria-label="Retire publisher 2"');
    expect(html).toContain('aria-label="Activate publisher 3"');
    expect(html).not.toContain('aria-label="Retire publisher 3"');
  });

  it("says when nothing was uploaded", () => {
    expect(renderToStaticMarkup(createElement(AdminSchemaTable, { schemas: [], activate: action, retire: action }))).toContain("No shapes uploaded yet");
  });
});

describe("AdminRevalidationRuns", () => {
  it("shows progress as a labelled progress bar and names flagged entries", () => {
    const html = renderToStaticMarkup(
      createElement(AdminRevalidationRuns, {
        runs: [
          {
            id: "run1",
            reason: "schema publisher 2 activated",
            status: "RUNNING",
            total: 40,
            processed: 25,
            failed: 3,
            createdAt: "2026-11-29T03:00:00.000Z",
            finishedAt: null,
          },
        ],
      }),
    );
    expect(html).toMatch(/<progress[^>]*max="40"[^>]*value="25"[^>]*aria-labelledby="run-run1-label"/);
    expect(html).toContain("25 of 40 entries checked");
    expect(html).toContain("3 flagged");
    expect(html).toContain('href="/api/v1/revalidations/run1"');
  });
});
