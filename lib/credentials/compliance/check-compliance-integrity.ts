import { createHash } from "node:crypto";

import { canonizeWithIssues } from "@/lib/credentials/jsonld/canonize-with-issues";
import type { DocumentLoader, JsonObject, VerificationCheck } from "@/lib/credentials/types";

// Whether a Gaia-X compliance credential attests exactly this self-description. The two releases bind
// them differently; both recipes were recomputed on the real files in test/fixtures before relying on them
// (check-compliance-integrity.test.ts):
// - 22.06 (gx-compliance SignatureService.createComplianceCredential): credentialSubject.hash is
//   hex(sha256(URDNA2015 N-Quads of the self-description without its proof ‖ the proof's jws)).
// - 22.10 (Gaia-X Lab compliance, 2023): one credentialSubject { type gx:compliance, id, integrity } per
//   credential of the presentation; integrity is "sha256-" + hex(sha256(JSON.stringify(credential))),
//   the credential as received, proof included. No canonical form: any re-serialisation breaks it.

export const INTEGRITY_CHECK = "compliance.integrity";
const PATH = "complianceCredential.credentialSubject";

// The 22.06 self-descriptions cite the registry's shape endpoint as a context. It is not published any
// more and the compliance service's hashes are reproduced only when it contributes no term definitions
// (all five real 22.06 files): read it so here, for this hash only. Any other unknown context still fails.
const V2206_SHAPE_CONTEXT = /^https:\/\/registry(\.lab)?\.gaia-x\.eu\/(v2206\/api|api\/v2206)\/shape/;

type Json = JsonObject;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const member = (node: Json, name: string): unknown => node[name] ?? node[`gx:${name}`];

function failed(message: string, remedy?: string): VerificationCheck {
  return { id: INTEGRITY_CHECK, passed: false, path: PATH, message, ...(remedy ? { remedy } : {}) };
}

const CANNOT_RECOMPUTE =
  "The catalogue cannot recompute this hash; submit the self-description on its own, or with a compliance credential of a release it can check.";

export async function checkComplianceIntegrity(options: {
  selfDescription: Json;
  complianceCredential: Json;
  documentLoader: DocumentLoader;
}): Promise<VerificationCheck> {
  const subjects = asArray(options.complianceCredential.credentialSubject).filter(isObject);
  if (subjects.length === 0) return failed("The compliance credential has no credentialSubject naming what it attests.");
  if (subjects.some((subject) => member(subject, "integrity") !== undefined)) return checkReleaseOf2210(options.selfDescription, subjects);
  if (subjects.length === 1 && typeof subjects[0]?.hash === "string")
    return checkReleaseOf2206(options.selfDescription, subjects[0].hash, options.documentLoader);
  return failed(
    "The compliance credential carries neither a 22.06 hash nor 22.10 integrity values: it binds no self-description the catalogue can check.",
    CANNOT_RECOMPUTE,
  );
}

async function checkReleaseOf2206(selfDescription: Json, expected: string, documentLoader: DocumentLoader): Promise<VerificationCheck> {
  const { proof, ...unsigned } = selfDescription;
  const jws = isObject(proof) && typeof proof.jws === "string" ? proof.jws : null;
  if (!jws)
    return failed(
      "The 22.06 hash covers the self-description's proof (jws), and the self-description has none.",
      "Submit the self-description with the proof it had when the compliance service attested it.",
    );
  const loader: DocumentLoader = async (url) =>
    V2206_SHAPE_CONTEXT.test(url) ? { contextUrl: null, documentUrl: url, document: { "@context": {} } } : documentLoader(url);
  let canonical: string;
  let dropped: string[];
  try {
    const result = await canonizeWithIssues({ document: unsigned, documentLoader: loader });
    canonical = result.canonical;
    // jsonld.js reports a dropped type twice, once as its JSON; name it once.
    dropped = [...new Set(result.issues.map((issue) => issue.subject).filter((subject) => !subject.startsWith("{")))];
  } catch (error) {
    return failed(`The 22.06 hash could not be recomputed: ${error instanceof Error ? error.message : String(error)}.`, CANNOT_RECOMPUTE);
  }
  if (canonical === "") return failed("The 22.06 hash could not be recomputed: the self-description yields no statements to hash.", CANNOT_RECOMPUTE);
  const actual = sha256Hex(canonical + jws);
  if (actual !== expected.toLowerCase()) {
    return failed(
      `The self-description is not the one the compliance service attested: its 22.06 hash is ${actual}, the compliance credential names ${expected}.`,
    );
  }
  const uncovered = dropped.length ? ` Not covered, as the terms are defined in no context: ${dropped.slice(0, 5).join(", ")}.` : "";
  return {
    id: INTEGRITY_CHECK,
    passed: true,
    path: PATH,
    message: `The compliance credential attests this self-description: its 22.06 hash (sha256 of the canonical form and the proof's signature, with the retired v2206 registry context read as empty) matches.${uncovered}`,
  };
}

// The 22.10 service names each attested credential by its subject's id (by the credential's own id
// where the two coincide, as for the registration-number credential).
function attestedIds(credential: Json): string[] {
  const subjects = asArray(credential.credentialSubject).filter(isObject);
  const ids = subjects.flatMap((subject) => (typeof subject.id === "string" ? [subject.id] : []));
  return typeof credential.id === "string" ? [...ids, credential.id] : ids;
}

// Real Gaia-X lab ids run to 500 characters; a message names them recognisably, not whole.
const shorten = (id: string) => (id.length > 90 ? `${id.slice(0, 50)}…${id.slice(-30)}` : id);

function checkReleaseOf2210(selfDescription: Json, subjects: Json[]): VerificationCheck {
  const credentials = asArray(selfDescription.verifiableCredential ?? (selfDescription.credentialSubject !== undefined ? selfDescription : undefined)).filter(
    isObject,
  );
  const problems: string[] = [];
  const attested = new Set<Json>();
  for (const subject of subjects) {
    const id = typeof subject.id === "string" ? subject.id : null;
    const integrity = member(subject, "integrity");
    const normalization = member(subject, "integrityNormalization");
    if (normalization !== undefined) {
      return failed(
        `The compliance credential hashes with ${String(normalization)} normalization, which the catalogue cannot recompute yet (only the 22.10 hash of the credential as received).`,
        CANNOT_RECOMPUTE,
      );
    }
    const digest = typeof integrity === "string" ? /^sha256-([0-9a-f]{64})$/i.exec(integrity)?.[1] : undefined;
    if (!id || !digest) {
      problems.push(`an attestation without an id or a sha256 integrity value (${JSON.stringify(integrity ?? null)})`);
      continue;
    }
    const candidates = credentials.filter((credential) => attestedIds(credential).includes(id));
    const match = candidates.find((credential) => sha256Hex(JSON.stringify(credential)) === digest.toLowerCase());
    if (match) attested.add(match);
    else if (candidates.length === 0) problems.push(`it attests ${shorten(id)}, which this self-description does not contain`);
    else {
      for (const candidate of candidates) attested.add(candidate);
      problems.push(`${shorten(id)} was changed after the compliance service attested it`);
    }
  }
  for (const credential of credentials) {
    if (!attested.has(credential))
      problems.push(`${shorten(attestedIds(credential)[0] ?? "a credential without id")} is not attested by the compliance credential`);
  }
  if (problems.length > 0) return failed(`The self-description is not the one the compliance service attested: ${problems.join("; ")}.`);
  return {
    id: INTEGRITY_CHECK,
    passed: true,
    path: PATH,
    message: `The compliance credential attests this self-description: its 22.10 integrity values (sha256 of each credential as received) match all ${credentials.length} credential${credentials.length === 1 ? "" : "s"}.`,
  };
}
