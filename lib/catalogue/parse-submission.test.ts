import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import { parseSubmission, sha256Hex } from "./parse-submission";

const vc = {
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  type: ["VerifiableCredential"],
  issuer: "did:web:a.example",
  credentialSubject: { id: "urn:x" },
};

describe("parseSubmission", () => {
  it("keeps the text exactly and hashes its bytes", () => {
    const text = JSON.stringify(vc, null, 3) + "\n";
    const submission = parseSubmission({ text, contentType: "application/ld+json; charset=utf-8" });
    expect(submission).toMatchObject({ format: "JSONLD_VC", claimedIssuer: "did:web:a.example", subjectIds: ["urn:x"] });
    expect(submission.text).toBe(text);
    expect(submission.hash).toBe(sha256Hex(text));
  });

  it("recognises a presentation and its credentials' subjects", () => {
    const vp = { "@context": vc["@context"], type: "VerifiablePresentation", verifiableCredential: [vc, { ...vc, credentialSubject: { id: "urn:y" } }] };
    expect(parseSubmission({ text: JSON.stringify(vp), contentType: "application/ld+json" })).toMatchObject({
      format: "JSONLD_VP",
      subjectIds: ["urn:x", "urn:y"],
      claimedIssuer: "did:web:a.example",
    });
  });

  it("decodes a compact VC-JWT without trusting it", () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const jwt = `${part({ alg: "ES256", typ: "vc+jwt", kid: "did:web:a.example#k" })}.${part(vc)}.c2ln`;
    expect(parseSubmission({ text: jwt, contentType: "application/vc+jwt" })).toMatchObject({ format: "VC_JWT", claimedIssuer: "did:web:a.example" });
  });

  it("refuses an unknown media type, a non-credential and a malformed JWT", () => {
    expect(() => parseSubmission({ text: "{}", contentType: "text/plain" })).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_MEDIA_TYPE" }));
    expect(() => parseSubmission({ text: '{"type": "Dataset"}', contentType: "application/ld+json" })).toThrowError(
      expect.objectContaining({ code: "UNSUPPORTED_FORMAT" }),
    );
    expect(() => parseSubmission({ text: "a.b", contentType: "application/vc+jwt" })).toThrowError(expect.objectContaining({ code: "UNSUPPORTED_FORMAT" }));
  });

  it("refuses duplicate keys in a JWT payload too", () => {
    const header = Buffer.from('{"alg":"ES256"}').toString("base64url");
    const payload = Buffer.from('{"iss":"did:web:a","iss":"did:web:b"}').toString("base64url");
    expect(() => parseSubmission({ text: `${header}.${payload}.c2ln`, contentType: "application/vc+jwt" })).toThrowError(/duplicate/);
  });
});

describe("parseSubmission of Gaia-X compliance wrappers ({ selfDescriptionCredential, complianceCredential })", () => {
  const real = (file: string) => readFileSync(path.join(process.cwd(), "test/fixtures/gaiax/examples", file), "utf8");

  it.each([
    ["valid/22.06/sph.participant-sd.signed.json", "JSONLD_VC", "did:web:compliance.gaia-x.eu"],
    // the self-description's issuer, not the compliance service that attested it
    ["valid/22.06/sph.well-known.serviceManagedK8sOVH.signed.json", "JSONLD_VC", "did:web:delta-dao.com"],
    ["valid/22.10/ss.service-offering-sd.signed.json", "JSONLD_VP", "did:web:registration.lab.gaia-x.eu::development"],
  ])("%s: the self-description is the document, the compliance credential rides along, the text is kept whole", (file, format, issuer) => {
    const text = real(file);
    const wrapper = JSON.parse(text) as Record<string, unknown>;
    const submission = parseSubmission({ text, contentType: "application/json" });
    expect(submission.format).toBe(format);
    expect(submission.document).toEqual(wrapper.selfDescriptionCredential);
    expect(submission.complianceCredential).toEqual(wrapper.complianceCredential);
    expect(submission.claimedIssuer).toBe(issuer);
    expect(submission.subjectIds.length).toBeGreaterThan(0);
    expect(submission.text).toBe(text);
    expect(submission.hash).toBe(sha256Hex(text));
  });

  it("refuses a wrapper with a part that is not a credential, or with members no signature covers", () => {
    const wrapper = JSON.parse(real("valid/22.06/sph.participant-sd.signed.json")) as Record<string, unknown>;
    const parse = (value: unknown) => parseSubmission({ text: JSON.stringify(value), contentType: "application/ld+json" });
    expect(() => parse({ ...wrapper, complianceCredential: { type: "Dataset" } })).toThrowError(
      expect.objectContaining({ code: "UNSUPPORTED_FORMAT", invalidParams: [expect.objectContaining({ name: "$.complianceCredential.type" })] }),
    );
    expect(() => parse({ selfDescriptionCredential: wrapper.selfDescriptionCredential })).toThrowError(
      expect.objectContaining({ code: "UNSUPPORTED_FORMAT", invalidParams: [expect.objectContaining({ name: "$.complianceCredential" })] }),
    );
    expect(() => parse({ ...wrapper, note: "unsigned" })).toThrowError(
      expect.objectContaining({ code: "UNSUPPORTED_FORMAT", invalidParams: [expect.objectContaining({ name: "$.note" })] }),
    );
  });
});
