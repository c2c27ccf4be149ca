import { expect, test } from "@playwright/test";
import { PASSWORD, newOrganisation, signUp } from "./support";

test("an organisation signs up, signs out and signs in again", async ({ page }) => {
  const org = newOrganisation("Sign-in Hospital");
  await signUp(page, org);
  await expect(page.getByTestId("signed-in-as")).toHaveText(org.email);
  await expect(page.getByTestId("participant-did")).toContainText("did:web:localhost%3A");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/organisation");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("E-mail").fill(org.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not correct");

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("organisation-name")).toHaveText(org.legalName);
});

test("signing out ends the session on the server, not only in the browser", async ({ page, context }) => {
  await signUp(page, newOrganisation("Session Clinic"));
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Replaying the old session cookie must not sign anyone in.
  await context.addCookies(cookies);
  await page.goto("/organisation");
  await expect(page).toHaveURL(/\/sign-in/);
});
