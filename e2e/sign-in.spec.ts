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

test("a citizen lands on her consent page; organisations see no consent link unless they are a data trustee", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("erika@citizen.example");
  await page.getByLabel("Password").fill("dataloft-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My consents" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My consents" })).toBeVisible();
  await page.getByRole("link", { name: "Your profile and DID document" }).click();
  await expect(page.getByTestId("participant-did")).toContainText("erika-mustermann");
  await page.getByRole("button", { name: "Sign out" }).click();

  await signUp(page, newOrganisation("No Trustee Clinic"));
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My consents" })).toHaveCount(0);
});
