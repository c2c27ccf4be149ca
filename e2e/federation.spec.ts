import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { startFakePeer, type FakePeer } from "../test/support/fake-peer";

// The operator registers a peer catalogue (a loopback node serving a change feed), syncs it from the
// admin page, sees a tampered entry refused with its reason, and finds the genuine one in the
// catalogue with a badge naming the peer.

let peer: FakePeer;

test.beforeAll(async () => {
  peer = await startFakePeer();
});

test.afterAll(async () => {
  await peer?.close();
});

test("an admin syncs a peer: the genuine entry is searchable with its origin, the tampered one is refused in words", async ({ page }) => {
  const word = `Rheinmainprobe${Date.now().toString(36)}`;
  const genuine = await peer.signDataset({ title: `Home blood pressure ${word}`, description: "Pseudonymised home measurements shared by a partner node" });
  peer.serve(genuine);
  peer.serve(genuine.replace(`Home blood pressure ${word}`, `Home blood pressure ${word} (identified)`));

  await page.goto("/sign-in?next=/admin/peers");
  await page.getByLabel("E-mail").fill("admin@dataloft.example");
  await page.getByLabel("Password").fill("dataloft-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Federation peers" })).toBeVisible();

  const name = `Rhein-Main node ${word.slice(-6)}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Base URL").fill(peer.baseUrl);
  await page.getByLabel("Sync every (minutes)").fill("60");
  await page.getByRole("button", { name: "Register peer" }).click();
  const row = page.getByTestId("peer-row").filter({ hasText: name });
  await expect(row).toContainText("Never synced.");

  await row.getByRole("button", { name: `Sync ${name} now` }).click();
  await expect(row.getByTestId("peer-sync-summary")).toContainText("1 new, 0 changed, 1 refused", { timeout: 30_000 });
  await row.getByText("1 refused — why").click();
  await expect(row).toContainText(/not authentic/);

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: "e2e/artifacts/screens/admin-peers.png", fullPage: true });

  await page.goto(`/catalogue?q=${word}`);
  const card = page.getByTestId("result-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("origin-badge")).toHaveText(`Harvested from ${name}`);
  await expect(page.getByRole("complementary", { name: "Filters" })).toContainText("Harvested from peers");

  // The entry page says where the entry comes from, and that this node checked it itself.
  await card.getByRole("link").first().click();
  const origins = page.getByTestId("entry-origins");
  await expect(origins).toContainText("This node verified the signature and validated the claims itself");
  await expect(origins).toContainText(name);
  await expect(page.getByTestId("trust-panel")).toBeVisible();
});
