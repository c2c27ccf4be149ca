import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { FORMATS } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { AdminRevalidationRuns, type AdminRevalidationRun } from "./admin-revalidation-runs";
import { AdminSchemaTable, type AdminSchemaRow } from "./admin-schema-table";
import { PeerSyncSummary } from "./peer-sync-summary";
import type { PeerView } from "@/lib/federation/serialize-peer";
import type { SyncReport } from "@/lib/federation/sync-report";

const action = async () => ({});

// As the layout provides them: the reader's messages, formats and time zone.
function render(element: ReactElement, locale: Locale = "en"): string {
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: MESSAGES[locale],
    formats: FORMATS[locale],
    timeZone: "Europe/Berlin",
    children: element,
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

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

const run: AdminRevalidationRun = {
  id: "run1",
  reason: "schema publisher 2 activated",
  status: "RUNNING",
  total: 40,
  processed: 25,
  failed: 3,
  createdAt: "2026-11-29T03:00:00.000Z",
  finishedAt: null,
};

describe("AdminSchemaTable", () => {
  it("offers the actions each state allows, with full accessible names", () => {
    const html = render(
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
    expect(render(createElement(AdminSchemaTable, { schemas: [], activate: action, retire: action }))).toContain("No shapes uploaded yet");
  });

  it("speaks German to a German reader, with dates in the reader's time zone", () => {
    const html = render(createElement(AdminSchemaTable, { schemas: [row("DRAFT", "1")], activate: action, retire: action }), "de");
    expect(html).toContain('aria-label="publisher 1 aktivieren"');
    expect(html).toContain("Entwurf");
    expect(html).toContain("29.11.2026, 04:00");
    expect(html).toContain('role="region"');
  });
});

describe("AdminRevalidationRuns", () => {
  it("shows progress as a labelled progress bar and names flagged entries", () => {
    const html = render(createElement(AdminRevalidationRuns, { runs: [run] }));
    expect(html).toMatch(/<progress[^>]*max="40"[^>]*value="25"[^>]*aria-labelledby="run-run1-label"/);
    expect(html).toContain("25 of 40 entries checked");
    expect(html).toContain("3 flagged");
    // 03:00 UTC is 04:00 in Berlin.
    expect(html).toMatch(/\(Nov 29, 2026, 04:00\)|\(29 Nov 2026, 04:00\)/);
    expect(html).toContain('href="/api/v1/revalidations/run1"');
  });

  it("counts in German for a German reader", () => {
    const html = render(createElement(AdminRevalidationRuns, { runs: [run] }), "de");
    expect(html).toContain("25 von 40 Einträgen geprüft");
    expect(html).toContain("3 markiert");
    expect(html).toContain("läuft");
  });
});

describe("PeerSyncSummary", () => {
  const report: SyncReport = {
    phase: "done",
    startedAt: "2026-11-29T02:59:00.000Z",
    finishedAt: "2026-11-29T03:00:00.000Z",
    pages: 1,
    received: 2,
    stored: 1,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    refused: 1,
    refusals: [{ hash: "b".repeat(64), reason: "the signature is not authentic" }],
    error: null,
  };
  const peer = { id: "p1", name: "Rhein-Main node", syncStatus: "IDLE", lastSuccessAt: report.finishedAt, report } as unknown as PeerView;

  it("counts what a sync did and says why entries were refused", () => {
    const html = render(createElement(PeerSyncSummary, { peer }));
    expect(html).toContain("1 new, 0 changed, 1 refused, 0 unchanged");
    expect(html).toContain("1 refused — why");
    expect(html).toContain("the signature is not authentic");
  });

  it("in German, with the time as a German reader writes it", () => {
    const html = render(createElement(PeerSyncSummary, { peer }), "de");
    expect(html).toContain("Abgeschlossen am 29.11.2026, 04:00: 1 neu, 0 geändert, 1 abgelehnt, 0 unverändert.");
    expect(html).toContain("1 abgelehnt – warum");
    expect(render(createElement(PeerSyncSummary, { peer: { ...peer, report: null } }), "de")).toContain("Noch nie synchronisiert.");
  });
});
