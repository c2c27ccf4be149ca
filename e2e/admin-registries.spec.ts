import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { newOrganisation, signUp } from "./support";

// The operator's registry pages: participants, JSON-LD contexts, known DIDs, trust anchors. Each change
// is made through the page, shown there, and checked in what the admin API reports as stored.

async function signInAsDemoAdmin(page: Page, next: string) {
  await page.goto(`/sign-in?next=${next}`);
  await page.getByLabel("E-mail").fill("admin@dataloft.example");
  await page.getByLabel("Password").fill("dataloft-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${name}: ${violation.id} (${violation.nodes
            .map((node) => node.target.join(" "))
            .slice(0, 3)
            .join(", ")})`,
      ),
  ).toEqual([]);
  await page.screenshot({ path: `e2e/artifacts/screens/${name}.png`, fullPage: true });
}

const chain =
  readFileSync("test/fixtures/gaiax/did/compliance.gaia-x.eu.x509CertificateChain.pem", "utf8").match(
    /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g,
  ) ?? [];

test("a catalogue admin lists participants and manages contexts, known DIDs and trust anchors through the pages", async ({ page, baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  await signInAsDemoAdmin(page, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  for (const name of ["Participants", "Schemas", "Revalidation progress", "JSON-LD contexts", "Known DIDs", "Trust anchors"]) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Revalidation progress" })).toHaveAttribute("href", "/admin/schemas#runs-heading");
  await expectAccessible(page, "admin");

  await page.getByRole("link", { name: "Participants", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Participants" })).toBeVisible();
  const clinic = page.getByTestId("participant-row").filter({ hasText: "Universitätsklinikum Musterstadt" });
  await expect(clinic).toContainText("organisation");
  await expect(clinic).toContainText(/did:web:localhost%3A\d+:participants:/);
  // Two demo members (data steward and research office), and the seeded entries.
  await expect(clinic.getByRole("cell").nth(3)).toHaveText("2");
  await expect(clinic.getByRole("link", { name: /\d+ \(\d+\)/ })).toBeVisible();
  await expect(page.getByTestId("participant-row").filter({ hasText: "Erika Mustermann" })).toContainText("citizen");
  await expectAccessible(page, "admin-participants");

  // Contexts: a broken document is refused in words; a good one is pinned, listed, then retired.
  const url = `https://contexts.e2e.example/health/${Date.now()}`;
  await page.goto("/admin/contexts");
  await page.getByLabel("Context URL").fill(url);
  await page.getByLabel("Context document (JSON)").fill('{"@context": {"bp": ');
  await page.getByRole("button", { name: "Pin context" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The document is not valid JSON." })).toBeVisible();
  await expect(page.getByText(/^not valid JSON: /)).toBeVisible();
  await page.getByLabel("Context document (JSON)").fill('{"@context": {"@vocab": "https://contexts.e2e.example/#"}}');
  await page.getByRole("button", { name: "Pin context" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "@vocab catch-all are refused" })).toBeVisible();
  await page.getByLabel("Context document (JSON)").fill('{"@context": {"bp": "https://contexts.e2e.example/bp#"}}');
  await page.getByRole("button", { name: "Pin context" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Pinned ${url}` })).toBeVisible();
  const row = page.getByTestId("context-row").filter({ hasText: url });
  await expect(row).toContainText("active");
  expect((await (await api.get("/api/v1/admin/contexts")).json()).items).toContainEqual(expect.objectContaining({ url, status: "ACTIVE" }));
  await expectAccessible(page, "admin-contexts");
  await row.getByRole("button", { name: `Retire ${url}` }).click();
  await expect(page.getByTestId("context-row").filter({ hasText: url })).toContainText("retired");
  expect((await (await api.get("/api/v1/admin/contexts")).json()).items).toContainEqual(expect.objectContaining({ url, status: "RETIRED" }));

  // Known DIDs: a document without keys is refused; the real XFSC test DID document is pinned.
  await page.goto("/admin/dids");
  await page.getByLabel("DID document (JSON)").fill('{"id": "did:web:nokeys.e2e.example"}');
  await page.getByRole("button", { name: "Pin DID document" }).click();
  await expect(page.getByText("A DID document lists its verificationMethod")).toBeVisible();
  await page.getByLabel("DID document (JSON)").fill(readFileSync("test/fixtures/gaiax/did/did-web-did-server.xfsc-test.did.json", "utf8"));
  await page.getByRole("button", { name: "Pin DID document" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pinned the DID document of did:web:did-server" })).toBeVisible();
  await expect(page.getByTestId("did-row").filter({ hasText: "did:web:did-server" })).toContainText("pinned by an operator");
  expect((await (await api.get("/api/v1/admin/dids")).json()).items).toContainEqual(expect.objectContaining({ did: "did:web:did-server", source: "PINNED" }));
  await expectAccessible(page, "admin-dids");

  // Trust anchors: a leaf certificate is refused in words; the real chain's root is added.
  await page.goto("/admin/trust-anchors");
  await page.getByLabel("Name").fill("Let's Encrypt leaf");
  await page.getByLabel("CA certificate (PEM)").fill(chain[0]!);
  await page.getByRole("button", { name: "Add trust anchor" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A trust anchor must be a CA certificate." })).toBeVisible();
  await page.getByLabel("Name").fill("ISRG Root X1 (e2e)");
  await page.getByLabel("CA certificate (PEM)").fill(chain[2]!);
  await page.getByRole("button", { name: "Add trust anchor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added ISRG Root X1 (e2e)" })).toBeVisible();
  await expect(page.getByTestId("anchor-row").filter({ hasText: "ISRG Root X1 (e2e)" })).toContainText("CN=ISRG Root X1");
  await expectAccessible(page, "admin-trust-anchors");

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/admin/participants", "/admin/contexts", "/admin/dids", "/admin/trust-anchors"]) {
    await page.goto(path);
    await expectAccessible(page, `${path.slice(1).replace("/", "-")}-phone`);
  }
  await api.dispose();
});

test("people who are not catalogue admins are kept out of every registry page", async ({ page }) => {
  await signUp(page, newOrganisation("Curious Clinic"));
  for (const path of ["/admin/participants", "/admin/contexts", "/admin/dids", "/admin/trust-anchors"]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toContainText(/not allowed/i);
    await expect(page.getByRole("table")).toHaveCount(0);
  }
});
