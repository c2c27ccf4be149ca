import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { newOrganisation, signUp } from "./support";

// The catalogue admin of the demo data space manages schemas; other roles are kept out.

async function signInAsDemoAdmin(page: import("@playwright/test").Page) {
  await page.goto("/sign-in?next=/admin/schemas");
  await page.getByLabel("E-mail").fill("admin@dataloft.example");
  await page.getByLabel("Password").fill("dataloft-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Schemas" })).toBeVisible();
}

test("a catalogue admin sees the schema page, and a malformed upload is refused with its line and column", async ({ page }) => {
  await signInAsDemoAdmin(page);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByLabel("Name", { exact: true }).fill(`e2e-rules-${Date.now()}`);
  await page.getByLabel("Version", { exact: true }).fill("1.0.0");
  await page.getByLabel("Shapes document").fill("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:s> a sh:NodeShape ;\n  sh:targetClass ; .");
  await page.getByRole("button", { name: /upload/i }).click();
  await expect(page.getByRole("main")).toContainText(/line 3/);
});

test("a participant admin is not allowed on the schema page", async ({ page }) => {
  await signUp(page, newOrganisation("Not An Operator"));
  await page.goto("/admin/schemas");
  await expect(page.getByRole("main")).toContainText(/not allowed/i);
});
