import { expect, test } from "@playwright/test";

// The language follows the browser (Accept-Language), can be switched in the header, and is kept.

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("sees the portal in German, <html lang> included", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Katalog" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Katalog durchsuchen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
  });
});

test("an English reader switches to German, the choice is kept, and switches back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language-switcher").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("link", { name: "Katalog durchsuchen" })).toBeVisible();

  // Kept across pages and reloads, although the browser still asks for English.
  await page.goto("/catalogue");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeVisible();

  await page.getByTestId("language-switcher").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switcher still works (a plain form)", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("language-switcher").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });
});
