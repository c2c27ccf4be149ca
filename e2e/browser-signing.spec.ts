import { expect, test } from "@playwright/test";
import { newOrganisation, signUp } from "./support";
import { healthDataset } from "./organisation-fixture";

test("an organisation keeps its key in the browser, signs there, and the portal verifies the result", async ({ page, request }) => {
  await signUp(page, newOrganisation("Own Keys Institute"));
  await page.getByRole("button", { name: "Create a key in this browser" }).click();
  await expect(page.getByTestId("browser-keys")).toContainText("in this browser");
  const did = (await page.getByTestId("participant-did").textContent()) ?? "";

  // The DID document lists the public key; the portal never saw the private one.
  const slug = did.split(":").pop();
  const document = await (await request.get(`/participants/${slug}/did.json`)).json();
  expect(document.assertionMethod).toEqual([`${did}#key-1`]);
  expect(JSON.stringify(document)).not.toContain('"d"');

  await page.goto("/publish");
  const title = `Browser-signed registry ${Date.now()}`;
  await page.getByLabel("Unsigned credential (JSON-LD)").fill(JSON.stringify(healthDataset(title)));
  await page.getByRole("button", { name: "Sign with the browser key" }).click();
  await expect(page.getByLabel("Content")).toHaveValue(/^eyJ/);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("upload-verdict").getByTestId("trust-verdict")).toContainText("Yes");
  await page.getByTestId("upload-verdict").getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByTestId("entry-title")).toHaveText(title);
  await expect(page.getByTestId("trust-verdict")).toContainText("Yes");
});
