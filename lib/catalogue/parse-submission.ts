import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { parseJsonStrictly } from "./parse-json-strictly";
import { localName } from "@/lib/vocabulary";
import { readComplianceWrapper } from "./read-compliance-wrapper";

// First stage of publishing: what was handed in, exactly, and in which format. Nothing is trusted yet.

export type SubmissionFormat = "JSONLD_VC" | "JSONLD_VP" | "VC_JWT" | "VP_JWT";
type Json = Record<string, unknown>;

export interface Submission {
  format: SubmissionFormat;
  contentType: string;
  /** The text exactly as received (UTF-8); its bytes hash to `hash`. */
  text: string;
  hash: string;
  /** The JSON-LD document, or the decoded payload of a JWT; of a compliance wrapper, its self-description. */
  document: Json;
  /**
   * The Gaia-X 22.06/22.10 compliance credential that came with the self-description in one
   * { selfDescriptionCredential, complianceCredential } object; `text` is that whole object.
   */
  complianceCredential?: Json;
  /** Issuer as claimed (not yet verified). */
  claimedIssuer: string | null;
  /** Credential subject ids of every credential, as claimed. */
  subjectIds: string[];
}

const JSON_TYPES = new Set(["application/ld+json", "application/json", "application/vc+ld+json", "application/vp+ld+json"]);
const JWT_TYPES = new Set(["application/vc+jwt", "application/vp+jwt", "application/vc+ld+jwt", "application/vp+ld+jwt", "application/jwt"]);
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function types(node: Json): string[] {
  const value = node.type ?? node["@type"];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string").map(localName);
}

function issuerOf(node: Json): string | null {
  const issuer = node.issuer ?? node.iss;
  if (typeof issuer === "string") return issuer;
  if (issuer && typeof issuer === "object" && typeof (issuer as Json).id === "string") return (issuer as Json).id as string;
  return null;
}

function subjectIds(node: Json): string[] {
  const subjects = Array.isArray(node.credentialSubject) ? node.credentialSubject : [node.credentialSubject];
  return subjects.flatMap((subject) =>
    subject && typeof subject === "object" && typeof (subject as Json).id === "string" ? [(subject as Json).id as string] : [],
  );
}

function decodeSegment(segment: string, what: string): Json {
  const text = Buffer.from(segment, "base64url").toString("utf8");
  const value = parseJsonStrictly(text);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new AppError("UNSUPPORTED_FORMAT", { message: `The JWT ${what} is not a JSON object.` });
  return value as Json;
}

export function parseSubmission(options: { text: string; contentType: string | null }): Submission {
  const contentType = (options.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const text = options.text;
  if (text.includes("\u0000")) throw new AppError("BAD_REQUEST", { message: "The body contains a NUL character." });

  if (JSON_TYPES.has(contentType)) {
    const document = parseJsonStrictly(text);
    if (!document || typeof document !== "object" || Array.isArray(document)) {
      throw new AppError("UNSUPPORTED_FORMAT", { message: "A self-description must be a JSON-LD object (a verifiable credential or presentation)." });
    }
    const wrapper = readComplianceWrapper(document as Json);
    const json = wrapper ? wrapper.selfDescription : (document as Json);
    const kinds = types(json);
    const format = kinds.includes("VerifiablePresentation") ? "JSONLD_VP" : kinds.includes("VerifiableCredential") ? "JSONLD_VC" : null;
    if (!format) {
      throw new AppError("UNSUPPORTED_FORMAT", {
        message: "The document is neither a VerifiableCredential nor a VerifiablePresentation.",
        invalidParams: [{ name: "$.type", reason: "must include VerifiableCredential or VerifiablePresentation" }],
      });
    }
    const credentials = format === "JSONLD_VP" ? (Array.isArray(json.verifiableCredential) ? json.verifiableCredential : [json.verifiableCredential]) : [json];
    const holder = typeof json.holder === "string" ? json.holder : null;
    const firstIssuer = credentials.map((c) => (c && typeof c === "object" ? issuerOf(c as Json) : null)).find(Boolean) ?? null;
    return {
      format,
      contentType,
      text,
      hash: sha256Hex(text),
      document: json,
      claimedIssuer: format === "JSONLD_VP" ? (holder ?? firstIssuer) : issuerOf(json),
      subjectIds: credentials.flatMap((c) => (c && typeof c === "object" ? subjectIds(c as Json) : [])),
      ...(wrapper ? { complianceCredential: wrapper.complianceCredential } : {}),
    };
  }

  if (JWT_TYPES.has(contentType)) {
    const compact = text.trim();
    if (!COMPACT_JWS.test(compact)) throw new AppError("UNSUPPORTED_FORMAT", { message: "The body is not a compact JWS (header.payload.signature)." });
    const [headerPart, payloadPart, signaturePart] = compact.split(".");
    if (!signaturePart) {
      throw new AppError("UNSUPPORTED_FORMAT", {
        message: "The JWT is unsigned (alg none); unsigned credentials are never accepted.",
        invalidParams: [{ name: "jwt.signature", reason: "empty" }],
      });
    }
    const header = decodeSegment(headerPart ?? "", "header");
    const payload = decodeSegment(payloadPart ?? "", "payload");
    const typ = String(header.typ ?? "").toLowerCase();
    const presentation = typ.startsWith("vp") || contentType.startsWith("application/vp") || types(payload).includes("VerifiablePresentation");
    return {
      format: presentation ? "VP_JWT" : "VC_JWT",
      contentType,
      text: compact,
      hash: sha256Hex(compact),
      document: payload,
      claimedIssuer: issuerOf(payload) ?? (typeof payload.holder === "string" ? payload.holder : null),
      subjectIds: subjectIds(payload),
    };
  }

  throw new AppError("UNSUPPORTED_MEDIA_TYPE", {
    message: "Send application/ld+json (a VC or VP), application/vc+jwt or application/vp+jwt.",
    details: { accepted: [...JSON_TYPES, ...JWT_TYPES] },
  });
}
