// Verifies a VC-JWT or VP-JWT as Gaia-X Loire issues them. The verdict is data: every step is a named
// check, and a presentation carries the outcome of each enveloped credential in `credentials`.
import { compactVerify, importJWK } from "jose";

import { describeIssuerBinding } from "@/lib/credentials/describe-issuer-binding";
import {
  systemClock,
  type Clock,
  type DidResolver,
  type DocumentLoader,
  type JsonObject,
  type KeyCheck,
  type StatusCheck,
  type VerificationCheck,
  type VerificationOutcome,
} from "@/lib/credentials/types";
import { AppError, isAppError } from "@/lib/errors/app-error";

import { buildOutcome } from "./build-outcome";
import { checkJwtHeader } from "./check-jwt-header";
import { checkJwtTimes } from "./check-jwt-times";
import { decodeJwtCredential, type DecodedJwtCredential } from "./decode-jwt-credential";
import { describeAlgorithmKeyMismatch, isJwtAlgorithm } from "./jwt-algorithms";
import { resolveJwtKey, type ResolvedJwtKey } from "./resolve-jwt-key";

export interface VerifyJwtCredentialOptions {
  jwt: string;
  didResolver: DidResolver;
  clock?: Clock;
  /** When given, every @context URL must load through it (a warning otherwise). Never fetches by itself. */
  documentLoader?: DocumentLoader;
  /** Tolerance for iat/nbf/exp and validFrom/validUntil; default 60 s. */
  skewSeconds?: number;
  /** Extra checks on the key, e.g. its X.509 chain; returned checks join the outcome. */
  checkKey?: KeyCheck;
  /** Status checks (credentialStatus) of every credential whose signature verified. */
  checkStatus?: StatusCheck;
}

interface Context {
  options: VerifyJwtCredentialOptions;
  now: Date;
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as JsonObject).id === "string") return (value as JsonObject).id as string;
  return null;
}

function issuerOf(decoded: DecodedJwtCredential): string | null {
  const { credential, payload, header } = decoded;
  const named = decoded.kind === "credential" ? nameOf(credential.issuer) : nameOf(credential.holder);
  return named ?? nameOf(payload.iss) ?? nameOf(header.iss);
}

function checkIss(decoded: DecodedJwtCredential, issuer: string | null, path?: string): VerificationCheck[] {
  const claimed = [decoded.payload.iss, decoded.header.iss].filter((value) => value !== undefined);
  if (claimed.length === 0) return [];
  const mismatched = claimed.filter((value) => value !== issuer);
  return [
    mismatched.length
      ? {
          id: "jwt.iss",
          passed: false,
          message: `iss ${JSON.stringify(mismatched[0])} differs from the ${decoded.kind === "credential" ? "issuer" : "holder"} ${issuer}`,
          path,
        }
      : { id: "jwt.iss", passed: true, message: `iss names ${issuer}`, path },
  ];
}

async function checkContexts(decoded: DecodedJwtCredential, loader: DocumentLoader, path?: string): Promise<VerificationCheck[]> {
  const contexts = [decoded.credential["@context"]].flat().filter((entry): entry is string => typeof entry === "string");
  const unknown: string[] = [];
  for (const url of contexts) {
    try {
      await loader(url);
    } catch {
      unknown.push(url);
    }
  }
  return [
    unknown.length
      ? { id: "jsonld.contexts", passed: false, severity: "warning", message: `Unknown JSON-LD context: ${unknown.join(", ")}`, path }
      : { id: "jsonld.contexts", passed: true, message: "Every JSON-LD context is known", path },
  ];
}

async function checkSignature(jwt: string, decoded: DecodedJwtCredential, resolved: ResolvedJwtKey, path?: string): Promise<VerificationCheck> {
  const fail = (message: string): VerificationCheck => ({ id: "proof.signature", passed: false, message, path });
  const alg = decoded.header.alg;
  const { key } = resolved;
  if (!key) return fail("Signature not checked: no authorised key of the issuer was found");
  if (!isJwtAlgorithm(alg)) return fail("Signature not checked: the algorithm is not accepted");
  if (!key.publicKeyJwk) return fail(`Signature not checked: ${key.keyError ?? "the key has no public key"}`);
  const mismatch = describeAlgorithmKeyMismatch(alg, key.publicKeyJwk);
  if (mismatch) return fail(`Signature invalid: ${mismatch}`);
  try {
    const publicKey = await importJWK({ ...key.publicKeyJwk }, alg);
    await compactVerify(jwt, publicKey, { algorithms: [alg] });
  } catch (error) {
    return fail(`Signature invalid for key ${key.id} (${alg}): ${(error as Error).message}`);
  }
  return { id: "proof.signature", passed: true, message: `Signed with ${key.id} (${alg}, key from ${resolved.source})`, path };
}

/** A foreign key's key.controller says, in one sentence, whose key it is and whether it signed validly. */
function restateIssuerBinding(checks: VerificationCheck[], decoded: DecodedJwtCredential, issuer: string | null, signatureValid: boolean | null) {
  const binding = checks.find((check) => check.id === "key.controller" && !check.passed);
  const kid = decoded.header.kid;
  if (!binding || typeof kid !== "string") return;
  const signer = kid.includes("#") ? kid.slice(0, kid.indexOf("#")) : kid;
  binding.message = describeIssuerBinding({ signer, expected: issuer, role: decoded.kind, signatureValid });
}

function signingDate(decoded: DecodedJwtCredential, fallback: Date): Date {
  const value = decoded.payload.iat ?? decoded.header.iat;
  if (typeof value === "number") return new Date(value > 1e11 ? value : value * 1000);
  const from = decoded.credential.validFrom ?? decoded.credential.issuanceDate;
  const date = typeof from === "string" ? new Date(from) : fallback;
  return Number.isNaN(date.getTime()) ? fallback : date;
}

async function verifyDecoded(jwt: string, decoded: DecodedJwtCredential, context: Context, path?: string): Promise<VerificationOutcome> {
  const { options, now } = context;
  const format = decoded.kind === "credential" ? "VC_JWT" : "VP_JWT";
  const issuer = issuerOf(decoded);
  const checks: VerificationCheck[] = [
    ...checkJwtHeader({ header: decoded.header, kind: decoded.kind, legacyWrapper: decoded.legacyWrapper, path }),
    ...checkIss(decoded, issuer, path),
  ];
  const resolved = await resolveJwtKey({ kid: decoded.header.kid, issuer, didResolver: options.didResolver, kind: decoded.kind, path });
  checks.push(...resolved.checks);
  const signature = await checkSignature(jwt, decoded, resolved, path);
  checks.push(signature);
  restateIssuerBinding(checks, decoded, issuer, resolved.key ? signature.passed : null);
  if (signature.passed && resolved.key && options.checkKey) {
    checks.push(...(await options.checkKey({ key: resolved.key, signedAt: signingDate(decoded, now), path })));
  }
  checks.push(...checkJwtTimes({ ...decoded, now, skewSeconds: options.skewSeconds ?? 60, path }));
  // As on the JSON-LD path: no status URL of an unverified credential is ever consulted.
  if (signature.passed && options.checkStatus && decoded.kind === "credential" && decoded.credential.credentialStatus !== undefined) {
    checks.push(...(await options.checkStatus({ credential: decoded.credential, path })));
  }
  if (options.documentLoader) checks.push(...(await checkContexts(decoded, options.documentLoader, path)));
  if (decoded.kind === "credential") return buildOutcome({ format, issuer, checks });

  const credentials: VerificationOutcome[] = [];
  for (const envelope of decoded.envelopes) {
    credentials.push(await verifyEnvelope(envelope.jwt, context, envelope.path));
  }
  const listed = [decoded.credential.verifiableCredential].flat().filter((entry) => entry !== undefined).length;
  const failed = credentials.filter((outcome) => !outcome.verified).length;
  const unreadable = listed - decoded.envelopes.length;
  checks.push({
    id: "presentation.credentials",
    passed: failed === 0 && unreadable === 0,
    message:
      `${credentials.length - failed} of ${listed} enveloped credentials verified` + (unreadable ? `; ${unreadable} are not enveloped JWT credentials` : ""),
    path,
  });
  return buildOutcome({ format, issuer, checks, credentials });
}

async function verifyEnvelope(jwt: string, context: Context, path: string): Promise<VerificationOutcome> {
  let decoded: DecodedJwtCredential;
  try {
    decoded = decodeJwtCredential(jwt);
  } catch (error) {
    return buildOutcome({ format: "VC_JWT", issuer: null, checks: [{ id: "jwt.format", passed: false, message: (error as Error).message, path }] });
  }
  // A presentation nested in a presentation is not a Gaia-X shape; refusing it also bounds recursion.
  if (decoded.kind !== "credential") {
    return buildOutcome({
      format: "VP_JWT",
      issuer: null,
      checks: [{ id: "jwt.format", passed: false, message: "An enveloped credential must not be a presentation", path }],
    });
  }
  return verifyDecoded(jwt, decoded, context, path);
}

/** Verifies a VC-JWT or VP-JWT; throws only for a malformed call, never for a bad credential. */
export async function verifyJwtCredential(options: VerifyJwtCredentialOptions): Promise<VerificationOutcome> {
  if (typeof options?.jwt !== "string" || !options.didResolver) {
    throw new AppError("INVALID_INPUT", { message: "verifyJwtCredential needs a jwt string and a didResolver" });
  }
  const jwt = options.jwt.trim();
  let decoded: DecodedJwtCredential;
  try {
    decoded = decodeJwtCredential(jwt);
  } catch (error) {
    const message = isAppError(error) ? error.message : "The JWT cannot be read";
    return buildOutcome({ format: "VC_JWT", issuer: null, checks: [{ id: "jwt.format", passed: false, message }] });
  }
  return verifyDecoded(jwt, decoded, { options, now: (options.clock ?? systemClock).now() });
}
