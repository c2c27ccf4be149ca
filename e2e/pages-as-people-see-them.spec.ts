import { expect, test, type Browser, type Page } from "@playwright/test";

// Every main page as its readers see it: in German and English, on a desktop and on a 390 px phone.
// No page may be wider than the viewport; a screenshot of each is kept as a test artefact
// (test-results/…) to look at.

const DEMO_PASSWORD = "dataloft-demo-2026";
const LOCALES = [
  { locale: "en-GB", lang: "en" },
  { locale: "de-DE", lang: "de" },
] as const;
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

interface PageSet {
  /** Demo account to sign in as, or none. */
  as: string | null;
  paths: (entryHash: string) => string[];
}

const PAGE_SETS: PageSet[] = [
  { as: null, paths: (hash) => ["/", "/catalogue", "/catalogue?q=diabetes", `/catalogue/${hash}`, "/sign-in", "/sign-up"] },
  { as: "datasteward@uniklinik-musterstadt.example", paths: () => ["/publish", "/contracts", "/organisation"] },
  { as: "erika@citizen.example", paths: () => ["/consent"] },
  {
    as: "admin@dataloft.example",
    paths: () => ["/admin", "/admin/schemas", "/admin/participants", "/admin/peers", "/admin/dids", "/admin/trust-anchors", "/admin/contexts"],
  },
];

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

async function firstEntryHash(browser: Browser, baseURL: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const body = await (await context.request.get("/api/v1/self-descriptions?limit=1")).json();
  await context.close();
  const hash = body.items?.[0]?.hash;
  expect(hash, "the demo catalogue has an entry").toBeTruthy();
  return hash;
}

for (const { locale, lang } of LOCALES) {
  for (const viewport of VIEWPORTS) {
    for (const set of PAGE_SETS) {
      test(`${set.as ?? "visitors"}' pages in ${lang} on ${viewport.name} fit the screen`, async ({ browser, baseURL }, testInfo) => {
        const hash = await firstEntryHash(browser, baseURL!);
        const context = await browser.newContext({ baseURL, locale, viewport: { width: viewport.width, height: viewport.height } });
        const page = await context.newPage();
        if (set.as) await signIn(page, set.as);
        const overflowing: string[] = [];
        for (const path of set.paths(hash)) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBeLessThan(400);
          await expect(page.locator("html")).toHaveAttribute("lang", lang);
          const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
            // The innermost elements that reach past the right edge: what to fix when the page is too wide.
            const past = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
            const innermost = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
            const describe = (el: Element) =>
              `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${(el.textContent ?? "").trim().slice(0, 60)}`;
            return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits: innermost.slice(0, 3).map(describe) };
          });
          if (scrollWidth > innerWidth) overflowing.push(`${path}: ${scrollWidth} px wide in a ${innerWidth} px window; ${culprits.join(" | ")}`);
          const name = `${lang}-${viewport.name}${path.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "") || "-home"}.png`;
          const file = testInfo.outputPath(name);
          await page.screenshot({ path: file, fullPage: true });
          await testInfo.attach(name, { path: file, contentType: "image/png" });
        }
        await context.close();
        expect(overflowing).toEqual([]);
      });
    }
  }
}
