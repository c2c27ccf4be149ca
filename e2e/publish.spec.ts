import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { newOrganisation, signUp } from "./support";
import { healthDataset } from "./organisation-fixture";

/** A new organisation with an Ed25519 key and an API token, all made through the pages. */
async function organisationWithToken(page: Page, playwright: { request: { newContext(o: object): Promise<APIRequestContext> } }) {
  await signUp(page, newOrganisation("Publishing Hospital"));
  await page.getByLabel("Algorithm").selectOption("Ed25519");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByTestId("key-row")).toHaveCount(1);
  await page.getByLabel("Token name").fill("pipeline");
  await page.getByLabel("Permissions").selectOption("PARTICIPANT_ADMIN");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByTestId("created-secret").inputValue();
  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const me = await (await api.get("/api/v1/me")).json();
  return { api, slug: me.memberships[0].participant as string };
}

test("a signed dataset published through the API is found by full-text search and by a facet, and its entry page explains the trust", async ({
  page,
  playwright,
}) => {
  const { api, slug } = await organisationWithToken(page, playwright);
  const marker = `Zebrafish${Date.now()}`;
  const signResponse = await api.post(`/api/v1/participants/${slug}/sign?format=eddsa-rdfc-2022`, { data: healthDataset(`${marker} cardiology teaching set`) });
  expect(signResponse.status()).toBe(200);
  const signed = await signResponse.text();

  const created = await api.post("/api/v1/self-descriptions", { data: signed, headers: { "content-type": "application/ld+json" } });
  expect(created.status()).toBe(201);
  const entry = await created.json();
  expect(created.headers().location).toBe(`/api/v1/self-descriptions/${entry.hash}`);
  const again = await api.post("/api/v1/self-descriptions", { data: signed, headers: { "content-type": "application/ld+json" } });
  expect(again.status()).toBe(200);

  await page.goto(`/catalogue?q=${marker}`);
  await expect(page.getByTestId("result-card")).toHaveCount(1);
  await expect(page.getByTestId("result-card")).toContainText(`${marker} cardiology teaching set`);

  await page.goto("/catalogue");
  await page
    .getByRole("complementary", { name: "Filters" })
    .getByRole("link", { name: /Education and teaching/ })
    .click();
  await expect(page).toHaveURL(/purpose=EducationTeaching/);
  await expect(page.getByTestId("result-card").filter({ hasText: marker })).toHaveCount(1);

  await page.getByRole("link", { name: `${marker} cardiology teaching set` }).click();
  await expect(page.getByTestId("trust-verdict")).toContainText("Yes");
  await expect(page.getByTestId("trust-panel")).toContainText(slug);
});

test("uploading a tampered credential shows which check failed, in words, and stores nothing", async ({ page, playwright, request }) => {
  const { api, slug } = await organisationWithToken(page, playwright);
  const signed = await (await api.post(`/api/v1/participants/${slug}/sign`, { data: healthDataset("Honest title") })).json();
  signed.credentialSubject["dct:title"] = "Tampered title";
  const before = (await (await request.get("/api/v1/self-descriptions?status=all&limit=1")).json()).total;

  await page.goto("/publish");
  await page.getByLabel("Content").fill(JSON.stringify(signed));
  await page.getByRole("button", { name: "Check" }).click();
  const verdict = page.getByTestId("upload-verdict");
  await expect(verdict.getByTestId("trust-verdict")).toContainText("No");
  await expect(verdict).toContainText(/signature/i);
  await expect(verdict).toContainText("Nothing was stored");
  await expect(verdict.getByRole("button", { name: "Publish" })).toHaveCount(0);

  const after = (await (await request.get("/api/v1/self-descriptions?status=all&limit=1")).json()).total;
  expect(after).toBe(before);
});

test("the demo data space is searchable from the first start", async ({ page }) => {
  await page.goto("/catalogue?q=Blutdruck");
  await expect(page.getByTestId("result-card").first()).toContainText("Kardiologie-Register");
});
