import { expect, test, type Page } from "@playwright/test";
import { createOrganisation, healthDataset } from "./organisation-fixture";

// The catalogue's result order: relevance (title matches first, newest first), newest, oldest and
// title, as links that keep the search and restart paging.

async function titles(page: Page): Promise<string[]> {
  return page.getByTestId("result-card").locator("h3").allInnerTexts();
}

test("results can be sorted by relevance, newest, oldest and title, and the current order is marked", async ({ page, browser, baseURL }) => {
  const organisation = await createOrganisation(browser, baseURL!, "Sorting Lab");
  const marker = `Quokka${Date.now()}`;
  const names = [`${marker} zebra stripes`, `${marker} aardvark burrows`, `${marker} mango orchards`];
  for (const name of names) {
    const signed = await organisation.api.post(`/api/v1/participants/${organisation.slug}/sign?format=eddsa-rdfc-2022`, { data: healthDataset(name) });
    expect(signed.status()).toBe(200);
    const created = await organisation.api.post("/api/v1/self-descriptions", { data: await signed.text(), headers: { "content-type": "application/ld+json" } });
    expect(created.status()).toBe(201);
  }
  const [zebra, aardvark, mango] = names;

  await page.goto(`/catalogue?q=${marker}`);
  const sorting = page.getByRole("navigation", { name: "Sort results" });
  await expect(sorting.getByRole("link", { name: "Relevance" })).toHaveAttribute("aria-current", "true");
  await expect.poll(() => titles(page)).toEqual([mango, aardvark, zebra]);

  await sorting.getByRole("link", { name: "Title A–Z" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${marker}.*sort=title|sort=title.*q=${marker}`));
  await expect(sorting.getByRole("link", { name: "Title A–Z" })).toHaveAttribute("aria-current", "true");
  await expect.poll(() => titles(page)).toEqual([aardvark, mango, zebra]);

  await sorting.getByRole("link", { name: "Oldest" }).click();
  await expect(page).toHaveURL(/sort=oldest/);
  await expect.poll(() => titles(page)).toEqual([zebra, aardvark, mango]);

  // Without search words there is nothing to be relevant to: the order is newest, relevance is no link.
  await page.goto("/catalogue");
  await expect(page.getByRole("navigation", { name: "Sort results" }).getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("navigation", { name: "Sort results" }).getByRole("link", { name: "Relevance" })).toHaveCount(0);
});
