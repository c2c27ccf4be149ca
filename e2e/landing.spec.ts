import { expect, test } from "@playwright/test";
import { newOrganisation, signUp } from "./support";

test("the landing page says what the portal is and shows live figures", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("health data");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalogue" })).toBeVisible();

  const before = Number(await page.getByTestId("figure-participants").textContent());
  const stats = await (await request.get("/api/v1/stats")).json();
  expect(before).toBe(stats.participants);

  // A new participant shows up in the figures at once.
  await signUp(page, newOrganisation("Figures Klinik"));
  await page.goto("/");
  await expect(page.getByTestId("figure-participants")).toHaveText(String(before + 1));
});
