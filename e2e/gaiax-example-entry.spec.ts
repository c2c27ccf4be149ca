import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

// Real Gaia-X examples from test/fixtures/gaiax (verbatim copies of ../shared/gaiax, see its PROVENANCE.md).
// None of the real signed examples passes the portal's strict verification offline (their issuers' DID
// documents are unpublished, or — fc.participant_jwk_signed — the key is not the issuer's), so:
//  1. the real signed XFSC presentation is checked as it is: its signature verifies, the foreign key is
//     named, it is refused, nothing is stored;
//  2. a real 22.10 ServiceOffering subject (gaia-x4plcaad, gcce.ServiceOffering.json) is issued as a
//     VC-JWT by an issuer whose DID document the operator pins through the admin API, published on
//     behalf (onBehalf=true), and its entry page explains every check in words.

const fixture = (relative: string) => readFileSync(`test/fixtures/gaiax/${relative}`, "utf8");

async function adminApi(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
}

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${name}: ${violation.id}`),
  ).toEqual([]);
  await page.screenshot({ path: `e2e/artifacts/screens/${name}.png`, fullPage: true });
}

test("the entry page of a real Gaia-X 22.10 service offering, issued by a pinned DID and published on behalf, explains its trust in words", async ({
  page,
  baseURL,
}) => {
  const admin = await adminApi(baseURL!);
  const did = `did:web:gaiax-example-${randomBytes(4).toString("hex")}.e2e.example`;
  const kid = `${did}#key-1`;
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const pinned = await admin.post("/api/v1/admin/dids", {
    data: {
      document: {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
        id: did,
        verificationMethod: [{ id: kid, type: "JsonWebKey2020", controller: did, publicKeyJwk: await exportJWK(publicKey) }],
        assertionMethod: [kid],
      },
    },
  });
  expect(pinned.status()).toBe(201);

  const realSubject = JSON.parse(fixture("examples/valid/22.10/gcce.ServiceOffering.json")) as Record<string, unknown>;
  const credential = {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    id: `urn:uuid:${randomUUID()}`,
    type: ["VerifiableCredential"],
    issuer: did,
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: realSubject,
  };
  const jwt = await new SignJWT(credential).setProtectedHeader({ alg: "ES256", typ: "vc+jwt", kid }).sign(privateKey);

  // An admin publishing another issuer's credential must say so.
  const refused = await admin.post("/api/v1/self-descriptions", { data: jwt, headers: { "content-type": "application/vc+jwt" } });
  expect(refused.status()).toBe(403);
  const created = await admin.post("/api/v1/self-descriptions?onBehalf=true", { data: jwt, headers: { "content-type": "application/vc+jwt" } });
  expect(created.status()).toBe(201);
  const entry = await created.json();
  expect(entry).toMatchObject({ status: "ACTIVE", issuer: did, publishedOnBehalf: true, trustFramework: "gaia-x-22.10", verification: { verified: true } });

  await page.goto(`/catalogue/${entry.hash}`);
  const panel = page.getByTestId("trust-panel");
  // The answer in plain words first (the issuer is pinned, not a registered participant, so it is named by its DID) …
  await expect(page.getByTestId("trust-verdict")).toHaveText(
    new RegExp(
      `^Yes\\. Signed by ${did.replace(/\./g, "\\.")}\\. Its signature is genuine and the portal checked that the description follows the Gaia-X 22\\.10 rules\\.`,
    ),
  );
  await expect(page.getByTestId("entry-publisher")).toContainText(`Signed by ${did} · not registered on this portal`);
  // … the technical checks one click away.
  await panel.getByText("How the portal checked this").click();
  const check = (text: string) => panel.getByRole("listitem").filter({ hasText: text });
  await expect(check(`Resolved ${did} (pinned)`)).toContainText("Passed:");
  await expect(check(`Key ${kid} belongs to the issuer ${did}`)).toContainText("Passed:");
  await expect(check(`Signed with ${kid} (ES256, key from pinned)`)).toContainText("Passed:");
  await expect(check("Algorithm ES256")).toContainText("Passed:");
  await expect(panel.getByText("Failed:")).toHaveCount(0);

  const validation = page.getByRole("region", { name: "Validation" });
  await expect(validation).toContainText("Conforms to gaia-x-22.10@");
  await page.getByTestId("credential-graph").getByText("The graph as a list of links").click();
  await expect(page.getByTestId("credential-graph-links")).toContainText(
    "ServiceOffering — providedBy → https://participant.gxfs.gx4fm.org/msg-systems-ag/legalParticipant.json",
  );
  await expect(page.getByTestId("credential-graph-links")).toContainText(`— issuer → ${did}`);
  await expectAccessible(page, "entry-gaiax-service-offering");

  const stored = await (await page.request.get(`/api/v1/self-descriptions/${entry.hash}`)).json();
  expect(stored).toMatchObject({ hash: entry.hash, format: "VC_JWT", publishedOnBehalf: true });
  await admin.dispose();
});

test("the real signed XFSC presentation verifies its PS256 signature but is refused because the key is not the issuer's, in words, storing nothing", async ({
  page,
  baseURL,
}) => {
  const admin = await adminApi(baseURL!);
  const text = fixture("examples/valid/xfsc/fc.participant_jwk_signed.2024-03.jsonld");
  const refused = await admin.post("/api/v1/self-descriptions?onBehalf=true", { data: text, headers: { "content-type": "application/ld+json" } });
  expect(refused.status()).toBe(422);
  const problem = await refused.json();
  expect(problem.code).toBe("VERIFICATION_FAILED");
  // The presentation's and the credential's proofs are both by a did:jwk key: neither the holder's nor the issuer's.
  expect(problem.detail).toMatch(/Signed with a valid key of did:jwk:\S+, which is not a key of the holder did:example:holder/);
  const search = await (await page.request.get("/api/v1/self-descriptions?q=deltaDAO&status=all")).json();
  expect(search.total).toBe(0);

  await page.goto("/sign-in?next=/publish");
  await page.getByLabel("E-mail").fill("admin@dataloft.example");
  await page.getByLabel("Password").fill("dataloft-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Publish a self-description" })).toBeVisible();
  await page.getByLabel("Content", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Check" }).click();
  const verdict = page.getByTestId("upload-verdict");
  await expect(verdict.getByTestId("trust-verdict")).toContainText("No:");
  await expect(verdict.getByRole("listitem").filter({ hasText: "JsonWebSignature2020 PS256 verified (w3c-ccg hashing)" }).first()).toContainText("Passed:");
  await expect(verdict.getByRole("listitem").filter({ hasText: "which is not a key of the holder did:example:holder" })).toContainText("Failed:");
  await expect(verdict).toContainText("Nothing was stored.");
  expect((await (await page.request.get("/api/v1/self-descriptions?q=deltaDAO&status=all")).json()).total).toBe(0);
  await admin.dispose();
});
