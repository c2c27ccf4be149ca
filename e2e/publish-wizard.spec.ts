import { expect, test } from "@playwright/test";
import { newOrganisation, signUp } from "./support";

test("a new organisation fills the wizard, sees a live validation error, fixes it, publishes, and finds the entry by text and facet", async ({ page }) => {
  await signUp(page, newOrganisation("Wizard Hospital"));
  await page.getByLabel("Algorithm").selectOption("Ed25519");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByTestId("key-row")).toHaveCount(1);

  await page.goto("/publish");
  const marker = `Okapi${Date.now()}`;
  await page.getByLabel("Title").fill(`${marker} sleep study recordings`);
  await page.getByLabel("Description").fill("Polysomnography recordings of adults with sleep apnoea");
  const live = page.getByTestId("live-validation");
  await expect(live).toContainText(/purpose/i);

  await page.getByLabel("Scientific research").check();
  await page.getByLabel("Population covered").fill("Adults with obstructive sleep apnoea");
  await page.getByLabel("Coding systems (IRIs, comma-separated)").fill("http://snomed.info/sct");
  await expect(live).toContainText("No problems");
  await expect(page.getByRole("region", { name: "HealthDCAT-AP view" })).toContainText("ScientificResearch");

  await page.getByRole("button", { name: "Sign with the organisation key and publish" }).click();
  await expect(page.getByTestId("entry-title")).toHaveText(`${marker} sleep study recordings`);
  await expect(page.getByTestId("trust-verdict")).toContainText("Yes");

  await page.goto(`/catalogue?q=${marker}`);
  await expect(page.getByTestId("result-card")).toHaveCount(1);
  await page.goto(`/catalogue?q=polysomnography`);
  await page
    .getByRole("complementary", { name: "Filters" })
    .getByRole("link", { name: /Scientific research/ })
    .click();
  await expect(page).toHaveURL(/purpose=ScientificResearch/);
  await expect(page.getByTestId("result-card").filter({ hasText: marker })).toHaveCount(1);

  // The organisation sees its entry and revokes it; the catalogue then no longer lists it as active.
  await page.goto("/organisation");
  const own = page.getByTestId("own-entry").filter({ hasText: marker });
  await expect(own).toContainText("active");
  await own.getByRole("button", { name: /Revoke/ }).click();
  await expect(page.getByTestId("own-entry").filter({ hasText: marker })).toContainText("revoked");
  await page.goto(`/catalogue?q=${marker}`);
  await expect(page.getByTestId("catalogue-empty")).toBeVisible();
});
