import { expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const PASSWORD = "e2e password that is long";

/** A unique organisation for one spec, so specs never depend on each other's data. */
export function newOrganisation(label: string) {
  const id = randomBytes(4).toString("hex");
  return { legalName: `${label} ${id}`, email: `admin-${id}@e2e.example`, name: `Admin ${id}` };
}

export async function signUp(page: Page, org: ReturnType<typeof newOrganisation>) {
  await page.goto("/sign-up");
  await page.getByLabel("Legal name").fill(org.legalName);
  await page.getByLabel("Country (two letters)").fill("DE");
  await page.getByLabel("Your name").fill(org.name);
  await page.getByLabel("E-mail").fill(org.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("organisation-name")).toHaveText(org.legalName);
}
