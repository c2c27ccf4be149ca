import { readFileSync } from "node:fs";

import { describe, expect, it, vi } from "vitest";

import { findVerificationMethod } from "@/lib/credentials/did/find-verification-method";
import type { DidDocument, VerificationCheck } from "@/lib/credentials/types";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

import { checkKeyCertificates } from "./check-key-certificates";
import { parseCertificateChain } from "./parse-certificate-chain";
import { verifyCertificateChain } from "./verify-certificate-chain";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/gaiax/did/${name}`, import.meta.url), "utf8");
const chainPem = fixture("compliance.gaia-x.eu.x509CertificateChain.pem");
const pemBlocks = chainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
const rootPem = pemBlocks[2] as string;
const intermediatePem = pemBlocks[1] as string;
const complianceDid = JSON.parse(fixture("did-web-compliance.gaia-x.eu.did.json")) as DidDocument;
const xfscDid = JSON.parse(fixture("did-web-did-server.xfsc-test.did.json")) as DidDocument;
// The document lists its only method under the bare DID (publisher quirk), so look it up by that id.
const complianceKey = findVerificationMethod({ document: complianceDid, id: "did:web:compliance.gaia-x.eu", relationship: "assertionMethod" });
const xfscKey = findVerificationMethod({ document: xfscDid, id: "did:web:did-server#0", relationship: "assertionMethod" });

const signedAt = new Date("2022-06-01T00:00:00Z");
const now = new Date("2026-11-29T00:00:00Z");
const byId = (checks: VerificationCheck[]) => Object.fromEntries(checks.map((entry) => [entry.id, entry]));

describe("verifyCertificateChain with the Gaia-X compliance chain", () => {
  const certificates = parseCertificateChain({ pem: chainPem });

  it("reads three certificates, leaf first", () => {
    expect(certificates.map((certificate) => certificate.subject.split("\n").at(-1))).toEqual(["CN=compliance.lab.gaia-x.eu", "CN=R3", "CN=ISRG Root X1"]);
  });

  it("passes as of the signing date, with the DID key as the leaf key, and warns of later expiry", () => {
    const checks = byId(
      verifyCertificateChain({ certificates, trustAnchors: [rootPem], at: signedAt, now, publicKeyJwk: complianceKey?.publicKeyJwk ?? undefined }),
    );
    expect(checks["x509.chain"]?.passed).toBe(true);
    expect(checks["x509.trust"]).toMatchObject({
      passed: true,
      message:
        "Signed by CN=compliance.lab.gaia-x.eu, certified by CN=R3, certified by CN=ISRG Root X1 up to trust anchor CN=ISRG Root X1, valid until 2022-08-09",
    });
    expect(checks["x509.validity"]?.passed).toBe(true);
    expect(checks["x509.key"]?.passed).toBe(true);
    expect(checks["x509.expired"]).toMatchObject({
      passed: false,
      severity: "warning",
      message: expect.stringMatching(/CN=compliance.lab.gaia-x.eu on 2022-08-09/),
    });
  });

  it("anchors a chain whose top is signed by the trust anchor", () => {
    const checks = byId(verifyCertificateChain({ certificates: certificates.slice(0, 2), trustAnchors: [rootPem], at: signedAt, now }));
    expect(checks["x509.trust"]?.passed).toBe(true);
  });

  it("fails x509.trust without a matching anchor", () => {
    const checks = byId(verifyCertificateChain({ certificates, trustAnchors: ["not a pem", intermediatePem.replace("MII", "MIJ")], at: signedAt, now }));
    expect(checks["x509.trust"]).toMatchObject({ passed: false, message: expect.stringMatching(/not a configured trust anchor/) });
  });

  it("fails x509.validity after the leaf expired", () => {
    const checks = byId(verifyCertificateChain({ certificates, trustAnchors: [rootPem], at: new Date("2022-09-01T00:00:00Z"), now }));
    expect(checks["x509.validity"]).toMatchObject({ passed: false, message: expect.stringMatching(/CN=compliance.lab.gaia-x.eu was not valid on 2022-09-01/) });
  });

  it("fails x509.chain when a link is missing", () => {
    const [leaf, , root] = certificates;
    const checks = byId(verifyCertificateChain({ certificates: [leaf!, root!], trustAnchors: [rootPem], at: signedAt, now }));
    expect(checks["x509.chain"]?.passed).toBe(false);
  });

  it("fails x509.key for a key that is not the leaf's", () => {
    const checks = byId(verifyCertificateChain({ certificates, trustAnchors: [rootPem], at: signedAt, now, publicKeyJwk: xfscKey?.publicKeyJwk ?? undefined }));
    expect(checks["x509.key"]?.passed).toBe(false);
  });
});

describe("checkKeyCertificates", () => {
  const key = { x5u: complianceKey?.x5u ?? null, x5c: null, publicKeyJwk: complianceKey?.publicKeyJwk ?? null };

  it("uses a pinned chain before fetching", async () => {
    const fetch = vi.fn<GuardedFetch>();
    const checks = await checkKeyCertificates({
      key,
      trustAnchors: [rootPem],
      signedAt,
      now,
      fetch,
      pinnedChains: async (url) => (url === key.x5u ? chainPem : null),
    });
    expect(checks.filter((entry) => !entry.passed && entry.severity !== "warning")).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("fetches x5u through the guarded fetch", async () => {
    const fetch = vi.fn<GuardedFetch>(async (url) => {
      const body = new TextEncoder().encode(chainPem);
      return { url, status: 200, contentType: "application/pem-certificate-chain", body, text: () => chainPem };
    });
    const checks = byId(await checkKeyCertificates({ key, trustAnchors: [rootPem], signedAt, now, fetch }));
    expect(fetch).toHaveBeenCalledWith("https://compliance.gaia-x.eu/.well-known/x509CertificateChain.pem", expect.anything());
    expect(checks["x509.key"]?.passed).toBe(true);
  });

  it("reads an x5c chain", async () => {
    const x5c = pemBlocks.map((pem) => pem.replace(/-----[A-Z ]+-----|\s/g, ""));
    const checks = byId(await checkKeyCertificates({ key: { ...key, x5u: null, x5c }, trustAnchors: [rootPem], signedAt, now }));
    expect(checks["x509.trust"]?.passed).toBe(true);
  });

  it("reports an unreachable chain, and a missing chain only when required", async () => {
    const checks = await checkKeyCertificates({ key, trustAnchors: [rootPem], signedAt, now });
    expect(checks).toEqual([
      expect.objectContaining({ id: "x509.chain", passed: false, message: expect.stringMatching(/not pinned and fetching is not enabled/) }),
    ]);
    const bare = { x5u: null, x5c: null, publicKeyJwk: null };
    expect(await checkKeyCertificates({ key: bare, trustAnchors: [], signedAt, now })).toEqual([]);
    expect((await checkKeyCertificates({ key: bare, trustAnchors: [], signedAt, now, required: true }))[0]?.passed).toBe(false);
  });
});
