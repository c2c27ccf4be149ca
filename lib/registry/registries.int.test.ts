import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { loadUserActor } from "@/lib/auth/load-actor";
import { authenticateBearer } from "@/lib/auth/authenticate-bearer";
import { addJsonLdContext, loadExtraContexts } from "./add-json-ld-context";
import { findJsonLdContexts, retireJsonLdContext } from "./manage-json-ld-contexts";
import { pinDidDocument } from "./pin-did-document";
import { addTrustAnchor, loadTrustAnchorPems } from "./add-trust-anchor";
import { findPinnedDidDocument } from "@/lib/participants/did-sources";

const chain = readFileSync("test/fixtures/gaiax/did/compliance.gaia-x.eu.x509CertificateChain.pem", "utf8");
const certificates = chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
const didDocument = JSON.parse(readFileSync("test/fixtures/gaiax/did/did-web-compliance.gaia-x.eu.did.json", "utf8"));

describe.each(testDatabaseTargets())("operator registries on $name", (target) => {
  const database = withTestDatabase(target);
  const admin = () => authenticateBearer({ secret: "a".repeat(40), adminToken: "a".repeat(40) });

  it("refuses every registry change from a participant admin and stores nothing", async () => {
    const { user } = await signUpParticipant({
      input: { legalName: "Not Admin AG", name: "N", email: "n@n.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    const actor = await loadUserActor({ userId: user.id });
    await expect(addJsonLdContext({ actor, input: { url: "https://example.org/ctx", document: { "@context": { a: "https://a/" } } } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(pinDidDocument({ actor, input: { document: didDocument } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addTrustAnchor({ actor, input: { name: "x", certificatePem: certificates[2] ?? "" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const prisma = database.current().prisma;
    expect([await prisma.jsonLdContext.count(), await prisma.knownDidDocument.count(), await prisma.trustAnchor.count()]).toEqual([0, 0, 0]);
  });

  it("pins a context by exact URL and refuses @vocab catch-alls", async () => {
    const actor = await admin();
    await addJsonLdContext({ actor, input: { url: "https://example.org/health/v9", document: { "@context": { bp: "https://example.org/bp#" } } } });
    expect((await loadExtraContexts()).get("https://example.org/health/v9")).toEqual({ "@context": { bp: "https://example.org/bp#" } });
    await expect(
      addJsonLdContext({ actor, input: { url: "https://example.org/any", document: { "@context": { "@vocab": "https://example.org/#" } } } }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    await expect(
      addJsonLdContext({ actor, input: { url: "https://example.org/health/v9", document: { "@context": { other: "https://x/" } } } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await findJsonLdContexts({ actor })).map((c) => [c.url, c.status])).toEqual([["https://example.org/health/v9", "ACTIVE"]]);
    await retireJsonLdContext({ actor, url: "https://example.org/health/v9" });
    expect((await loadExtraContexts()).has("https://example.org/health/v9")).toBe(false);
    await expect(findJsonLdContexts({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("pins a real DID document that the resolver's database source then serves", async () => {
    const actor = await admin();
    await pinDidDocument({ actor, input: { document: didDocument } });
    expect((await findPinnedDidDocument(didDocument.id))?.id).toBe(didDocument.id);
    expect(await findPinnedDidDocument("did:web:unknown.example")).toBeNull();
  });

  it("accepts a CA certificate as trust anchor and refuses a leaf or garbage", async () => {
    const actor = await admin();
    expect(certificates).toHaveLength(3);
    const anchor = await addTrustAnchor({ actor, input: { name: "ISRG Root X1", certificatePem: certificates[2]! } });
    expect(anchor.subject).toContain("ISRG Root X1");
    expect(await loadTrustAnchorPems()).toHaveLength(1);
    await expect(addTrustAnchor({ actor, input: { name: "leaf", certificatePem: certificates[0]! } })).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    await expect(
      addTrustAnchor({ actor, input: { name: "junk", certificatePem: "-----BEGIN CERTIFICATE-----\n" + "A".repeat(200) + "\n-----END CERTIFICATE-----" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
