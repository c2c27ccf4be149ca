import { expect, test } from "@playwright/test";
import { createOrganisation, healthDataset } from "./organisation-fixture";

// No layout shift on search: cumulative layout shift stays below 0.1 while someone types a search and
// pages through the results, at desktop and at phone width.

declare global {
  interface Window {
    __layoutShifts: { value: number; hadRecentInput: boolean; startTime: number; sources: string[] }[];
  }
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
])
  test(`on a ${viewport.name}, typing a search and paging through results shifts the layout by less than 0.1`, async ({ page, browser, baseURL }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const organisation = await createOrganisation(browser, baseURL!, "Layout Shift Lab");
    const marker = `Wombat${Date.now()}`;
    for (let index = 0; index < 23; index += 1) {
      const signed = await organisation.api.post(`/api/v1/participants/${organisation.slug}/sign?format=eddsa-rdfc-2022`, {
        data: healthDataset(`${marker} registry extract ${String(index + 1).padStart(2, "0")}`),
      });
      expect(signed.status()).toBe(200);
      const created = await organisation.api.post("/api/v1/self-descriptions", {
        data: await signed.text(),
        headers: { "content-type": "application/ld+json" },
      });
      expect(created.status()).toBe(201);
    }

    await page.addInitScript(() => {
      window.__layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
          window.__layoutShifts.push({
            value: entry.value,
            hadRecentInput: entry.hadRecentInput,
            startTime: Math.round(entry.startTime),
            sources: (entry.sources ?? []).map((source) =>
              source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}`.slice(0, 80) : String(source.node?.nodeName),
            ),
          });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });

    await page.goto("/catalogue");
    await expect(page.getByTestId("result-card").first()).toBeVisible();
    const search = page.getByRole("searchbox", { name: "Search the catalogue" });
    await search.click();
    await search.pressSequentially(marker, { delay: 60 });
    await expect(page).toHaveURL(new RegExp(`q=${marker}`));
    await expect(page.getByTestId("result-count")).toHaveText(`23 entries for “${marker}”`);
    await expect(page.getByTestId("result-card")).toHaveCount(20);

    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.getByTestId("result-card")).toHaveCount(3);
    await page.waitForTimeout(500);

    const shifts = await page.evaluate(() => window.__layoutShifts);
    // The CLS metric forgives shifts within 500 ms of input; results that arrive later (a slow server) are not,
    // so every shift is counted here.
    const cumulative = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(cumulative, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.1);
    expect(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0)).toBeLessThan(0.1);
    await page.screenshot({ path: `e2e/artifacts/screens/catalogue-search-paged-${viewport.name}.png`, fullPage: true });
  });
