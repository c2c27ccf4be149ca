import { beforeAll, describe, expect, it, vi } from "vitest";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createTestIssuer as createJwtIssuer, type TestIssuer as JwtIssuer } from "@/lib/credentials/jwt/jwt-test-keys";
import { signJwtCredential } from "@/lib/credentials/jwt/sign-jwt-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import { createStaticDidResolver } from "@/lib/credentials/ld-proofs/create-static-did-resolver";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { createTestIssuer, fixedClock, healthCredentialV2, type TestIssuer } from "@/lib/credentials/ld-proofs/test-support";
import type { JsonObject, VerificationOutcome } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";

import { createStatusCheck, type LoadStatusList } from "./create-status-check";
import { encodeStatusList, statusEntry, statusListCredential } from "./test-status-lists";

const documentLoader = createDocumentLoader();
const didResolver = createStaticDidResolver();
const clock = fixedClock("2026-06-01T00:00:00Z");
const LIST_URL = "https://hospital.example/status/1";
const REVOKED = 94567;
const VALID = 94566;

// The status list credential is verified by the same verifier, without status checks: depth 1.
const verifyStatusList = (document: JsonObject | string) => verifyCredential({ document, didResolver, documentLoader, clock });

function serving(lists: Record<string, JsonObject | string>) {
  return vi.fn<LoadStatusList>(async (url) => {
    const list = lists[url];
    if (list === undefined) throw new Error(`nothing at ${url}`);
    return list;
  });
}

const check = (outcome: VerificationOutcome, id: string) => outcome.checks.find((candidate) => candidate.id === id);

describe("verifyCredential with createStatusCheck (JSON-LD)", () => {
  let issuer: TestIssuer;
  let stranger: TestIssuer;
  let revocationList: JsonObject;
  const sign = (document: JsonObject, by: TestIssuer = issuer) =>
    signDataIntegrity({
      document,
      suite: "eddsa-rdfc-2022",
      privateKeyJwk: by.privateKeyJwk,
      verificationMethodId: by.verificationMethodId,
      documentLoader,
      clock: fixedClock("2026-05-01T10:00:00Z"),
    });
  const credentialAt = (index: number, purpose?: string, by: TestIssuer = issuer) =>
    sign({ ...healthCredentialV2({ issuer: by.did }), credentialStatus: statusEntry({ url: LIST_URL, index, purpose }) }, by);
  const verify = (document: JsonObject, loadStatusList: LoadStatusList) =>
    verifyCredential({ document, didResolver, documentLoader, clock, checkStatus: createStatusCheck({ loadStatusList, verifyStatusList, clock }) });

  beforeAll(async () => {
    issuer = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    stranger = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    revocationList = await sign(statusListCredential({ url: LIST_URL, issuer: issuer.did, setIndexes: [REVOKED] }));
  });

  it("passes a credential whose status bit is not set", async () => {
    const loadStatusList = serving({ [LIST_URL]: revocationList });
    const outcome = await verify(await credentialAt(VALID), loadStatusList);
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
    expect(check(outcome, "status.checked")).toEqual({
      id: "status.checked",
      passed: true,
      path: "credentialStatus",
      message: `Consulted the revocation status list ${LIST_URL}, index ${VALID}`,
    });
    expect(check(outcome, "status.revoked")).toMatchObject({ passed: true, message: `Not revoked (status list ${LIST_URL}, index ${VALID})` });
    expect(loadStatusList).toHaveBeenCalledWith(LIST_URL);
  });

  it("refuses a revoked credential (status.revoked)", async () => {
    const outcome = await verify(await credentialAt(REVOKED), serving({ [LIST_URL]: revocationList }));
    expect(outcome.verified).toBe(false);
    expect(outcome.errors).toEqual([`status.revoked: Revoked according to status list ${LIST_URL}, index ${REVOKED}`]);
  });

  it("refuses a suspended credential (status.suspended)", async () => {
    const suspensionList = await sign(statusListCredential({ url: LIST_URL, issuer: issuer.did, setIndexes: [REVOKED], purpose: "suspension" }));
    const outcome = await verify(await credentialAt(REVOKED, "suspension"), serving({ [LIST_URL]: suspensionList }));
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "status.suspended")).toMatchObject({ passed: false, message: expect.stringMatching(/^Suspended according to/) });
  });

  it("does not trust the bits of a status list whose proof fails", async () => {
    const tampered = structuredClone(revocationList);
    (tampered.credentialSubject as JsonObject).encodedList = encodeStatusList([]);
    const outcome = await verify(await credentialAt(REVOKED), serving({ [LIST_URL]: tampered }));
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "status.revoked")).toBeUndefined();
    expect(check(outcome, "status.checked")).toMatchObject({
      passed: false,
      message: expect.stringMatching(/^Status not checked: the status list .* cannot be used \(the status list credential does not verify: proof.signature/),
    });
  });

  it("does not let another issuer's list decide the status", async () => {
    const foreignList = await sign(statusListCredential({ url: LIST_URL, issuer: stranger.did, setIndexes: [] }), stranger);
    const outcome = await verify(await credentialAt(REVOKED), serving({ [LIST_URL]: foreignList }));
    expect(outcome.verified).toBe(false);
    expect(outcome.errors).toEqual([expect.stringContaining(`the status list is issued by ${stranger.did}, not by the credential's issuer ${issuer.did}`)]);
  });

  it("warns, and still verifies, when the list cannot be consulted offline", async () => {
    const outcome = await verify(await credentialAt(REVOKED), async () => null);
    expect(outcome.verified).toBe(true);
    expect(outcome.warnings).toEqual([`status.checked: Status not checked: the status list ${LIST_URL} could not be consulted offline`]);
    expect(check(outcome, "status.checked")?.severity).toBe("warning");
  });

  it("fails when the list cannot be fetched", async () => {
    const outcome = await verify(await credentialAt(VALID), serving({}));
    expect(outcome.verified).toBe(false);
    expect(outcome.errors).toEqual([`status.checked: Status not checked: the status list ${LIST_URL} cannot be used (nothing at ${LIST_URL})`]);
  });

  it("consults nothing for a credential whose signature does not verify", async () => {
    const forged = { ...(await credentialAt(REVOKED)), validFrom: "2026-02-01T00:00:00Z" };
    const loadStatusList = serving({ [LIST_URL]: revocationList });
    const outcome = await verify(forged, loadStatusList);
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "proof.signature")?.passed).toBe(false);
    expect(loadStatusList).not.toHaveBeenCalled();
  });

  it("checks every credential of a presentation, loading and verifying a shared list once", async () => {
    const presentation = await sign({
      "@context": ["https://www.w3.org/ns/credentials/v2"],
      type: ["VerifiablePresentation"],
      holder: issuer.did,
      verifiableCredential: [await credentialAt(VALID), await credentialAt(REVOKED)],
    });
    const loadStatusList = serving({ [LIST_URL]: revocationList });
    const outcome = await verify(presentation, loadStatusList);
    expect(outcome.verified).toBe(false);
    expect(outcome.credentials?.map((credential) => credential.verified)).toEqual([true, false]);
    expect(outcome.errors).toEqual([
      "presentation.credentials: 1 of 2 embedded credentials verified",
      `status.revoked: Revoked according to status list ${LIST_URL}, index ${REVOKED}`,
    ]);
    expect(check(outcome.credentials?.[1] as VerificationOutcome, "status.revoked")?.path).toBe("verifiableCredential[1].credentialStatus");
    expect(loadStatusList).toHaveBeenCalledTimes(1);
  });
});

describe("verifyJwtCredential with createStatusCheck (VC-JWT)", () => {
  let issuer: JwtIssuer;
  let jwtList: string;
  const signJwt = (payload: JsonObject) => signJwtCredential({ payload, privateKey: issuer.privateKey, kid: issuer.kid, alg: issuer.alg });
  const credentialAt = (index: number) => signJwt({ ...healthCredentialV2({ issuer: issuer.did }), credentialStatus: statusEntry({ url: LIST_URL, index }) });

  beforeAll(async () => {
    issuer = await createJwtIssuer("ES256");
    jwtList = await signJwt(statusListCredential({ url: LIST_URL, issuer: issuer.did, setIndexes: [REVOKED] }));
  });

  it("refuses a revoked VC-JWT and passes an unrevoked one, the list itself a VC-JWT", async () => {
    const loadStatusList = serving({ [LIST_URL]: jwtList });
    const checkStatus = createStatusCheck({ loadStatusList, verifyStatusList, clock });
    const revoked = await verifyJwtCredential({ jwt: await credentialAt(REVOKED), didResolver, clock, checkStatus });
    expect(revoked.verified).toBe(false);
    // The JWT path words its errors without the check id: the failed check is named in `checks`.
    expect(revoked.errors).toEqual([`Revoked according to status list ${LIST_URL}, index ${REVOKED}`]);
    expect(check(revoked, "status.revoked")?.passed).toBe(false);
    const fine = await verifyCredential({ document: await credentialAt(VALID), didResolver, documentLoader, clock, checkStatus });
    expect(fine.errors).toEqual([]);
    expect(fine.verified).toBe(true);
    expect(check(fine, "status.revoked")?.passed).toBe(true);
    expect(loadStatusList).toHaveBeenCalledTimes(1);
  });

  it("refuses a list that is a presentation rather than a credential", async () => {
    const presentation = await signJwt({ "@context": ["https://www.w3.org/ns/credentials/v2"], type: ["VerifiablePresentation"], holder: issuer.did });
    const checkStatus = createStatusCheck({ loadStatusList: serving({ [LIST_URL]: presentation }), verifyStatusList, clock });
    const outcome = await verifyJwtCredential({ jwt: await credentialAt(VALID), didResolver, clock, checkStatus });
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "status.checked")).toMatchObject({
      passed: false,
      message: `Status not checked: the status list ${LIST_URL} cannot be used (the status list is a VP_JWT, not a credential)`,
    });
  });
});
