import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newOrganisation, signUp } from "./support";

// Automated accessibility check (axe) of the main pages: no serious or critical violations.

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    blocking.map(
      (violation) =>
        `${name}: ${violation.id} — ${violation.help} (${violation.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
  await page.screenshot({ path: `e2e/artifacts/screens/${name}.png`, fullPage: true });
}

test("landing, catalogue, entry, sign-in and API pages pass axe", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page, "landing");
  await page.goto("/catalogue");
  await expectAccessible(page, "catalogue");
  await page.goto("/catalogue?q=Blutdruck");
  await page.getByTestId("result-card").first().getByRole("link").click();
  await expect(page.getByTestId("trust-panel")).toBeVisible();
  await expectAccessible(page, "entry");
  await page.goto("/sign-in");
  await expectAccessible(page, "sign-in");
  await page.goto("/api-docs");
  await expectAccessible(page, "api-docs");
});

test("sign-up, organisation and publish pages pass axe, also on a phone-sized screen", async ({ page }) => {
  await page.goto("/sign-up");
  await expectAccessible(page, "sign-up");
  await signUp(page, newOrganisation("Accessible Clinic"));
  await expectAccessible(page, "organisation");
  await page.goto("/publish");
  await expectAccessible(page, "publish");
  for (const kind of ["service", "participant"]) {
    await page.goto(`/publish?kind=${kind}`);
    await expect(page.getByTestId("live-validation")).toBeVisible();
    await expectAccessible(page, `publish-${kind}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/catalogue");
  await expectAccessible(page, "catalogue-phone");
  for (const kind of ["dataset", "service", "participant"]) {
    await page.goto(`/publish?kind=${kind}`);
    await expectAccessible(page, `publish-${kind}-phone`);
  }
  await page.goto("/catalogue?q=Blutdruck");
  await page.getByTestId("result-card").first().getByRole("link").click();
  await expect(page.getByTestId("credential-graph")).toBeVisible();
  await expectAccessible(page, "entry-phone");
});
