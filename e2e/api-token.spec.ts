import { expect, test } from "@playwright/test";
import { newOrganisation, signUp } from "./support";

test("an API token created on the organisation page works, and a wrong or revoked one gets 401 problem+json", async ({ page, playwright }) => {
  const org = newOrganisation("Token Institute");
  await signUp(page, org);
  await page.getByLabel("Token name").fill("publishing pipeline");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByTestId("created-secret").inputValue();
  expect(secret).toMatch(/^dlt_[0-9a-f]{8}_/);

  // A fresh request context: no cookies, only the token.
  const api = await playwright.request.newContext({ baseURL: page.url() });
  const me = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).memberships[0].role).toBe("PARTICIPANT_MEMBER");

  const wrong = await api.get("/api/v1/me", { headers: { authorization: "Bearer dlt_00000000_not-a-real-token-at-all" } });
  expect(wrong.status()).toBe(401);
  expect(wrong.headers()["content-type"]).toContain("application/problem+json");
  expect(await wrong.json()).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });

  await page.getByRole("button", { name: "Revoke token publishing pipeline" }).click();
  await expect(page.getByTestId("token-row").first()).toContainText("revoked");
  const revoked = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(revoked.status()).toBe(401);
  await api.dispose();
});

test("a wrong method gets a 405 problem+json naming the allowed ones", async ({ request }) => {
  const response = await request.delete("/api/v1/stats");
  expect(response.status()).toBe(405);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(response.headers().allow).toBe("GET");
  expect((await response.json()).code).toBe("METHOD_NOT_ALLOWED");
});
