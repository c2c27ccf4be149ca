import { addRemedies } from "@/lib/credentials/check-remedies";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import { verifyJsonLdDocument } from "@/lib/credentials/ld-proofs/verify-json-ld-document";
import {
  systemClock,
  type Clock,
  type CredentialFormat,
  type DidResolution,
  type DidResolver,
  type DocumentLoader,
  type JsonObject,
  type KeyCheck,
  type StatusCheck,
  type VerificationOutcome,
} from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

export interface VerifyCredentialOptions {
  /** A JSON-LD credential/presentation (object) or a compact JWT (string). */
  document: unknown;
  /** Offline context loader; defaults to the pinned contexts only. */
  documentLoader?: DocumentLoader;
  didResolver: DidResolver;
  clock?: Clock;
  /** Detected from the document when omitted. */
  format?: CredentialFormat;
  /** Seconds of clock skew tolerated on every date (default 300, as @digitalbazaar/vc). */
  maxClockSkewSeconds?: number;
  /** "require" (default): the signing key must belong to the issuer/holder. "warn": report only. */
  keyControllerPolicy?: "require" | "warn";
  /** "warn" (default): legacy JsonWebSignature2020 files with dropped terms pass with a warning. */
  legacyJsonLd?: "warn" | "reject";
  /** Extra checks on every key whose signature verified, e.g. createX509KeyCheck for x5u/x5c keys. */
  checkKey?: KeyCheck;
  /**
   * Status checks of every credential with credentialStatus whose signature verified, e.g.
   * createStatusCheck. Leave it out when verifying a status list credential itself (depth 1).
   */
  checkStatus?: StatusCheck;
}

let defaultLoader: DocumentLoader | undefined;

/**
 * Verifies a JSON-LD VC or VP (every embedded credential too) and names every check. Throws only for
 * a malformed call; an invalid credential is an outcome with verified: false.
 */
export async function verifyCredential(options: VerifyCredentialOptions): Promise<VerificationOutcome> {
  const { document } = options;
  if (!options.didResolver || typeof options.didResolver.resolve !== "function") {
    throw new AppError("BAD_REQUEST", { message: "verifyCredential needs a didResolver" });
  }
  const format = options.format ?? detectFormat(document);
  if (format === "VC_JWT" || format === "VP_JWT") {
    if (typeof document !== "string") {
      throw new AppError("BAD_REQUEST", { message: `${format} input must be a compact JWT string` });
    }
    return verifyJwtCredential({
      jwt: document.trim(),
      didResolver: options.didResolver,
      clock: options.clock,
      documentLoader: options.documentLoader ?? (defaultLoader ??= createDocumentLoader()),
      skewSeconds: options.maxClockSkewSeconds,
      checkKey: options.checkKey,
      checkStatus: options.checkStatus,
    });
  }
  if (!document || typeof document !== "object" || Array.isArray(document)) {
    throw new AppError("BAD_REQUEST", { message: "a JSON-LD credential must be a JSON object" });
  }
  defaultLoader ??= createDocumentLoader();
  const shared = {
    documentLoader: options.documentLoader ?? defaultLoader,
    didResolver: memoize(options.didResolver),
    clock: options.clock ?? systemClock,
    maxClockSkewSeconds: options.maxClockSkewSeconds ?? 300,
    keyControllerPolicy: options.keyControllerPolicy ?? "require",
    legacyJsonLd: options.legacyJsonLd ?? "warn",
    checkKey: options.checkKey,
    checkStatus: options.checkStatus,
  };
  const root = document as JsonObject;
  if (format === "JSONLD_VC") {
    return verifyJsonLdDocument({ ...shared, document: root, role: "credential", path: "" });
  }
  const outcome = await verifyJsonLdDocument({ ...shared, document: root, role: "presentation", path: "" });
  const embedded = ([] as unknown[]).concat(root.verifiableCredential ?? []);
  const credentials: VerificationOutcome[] = [];
  for (const [index, credential] of embedded.entries()) {
    const path = `verifiableCredential[${index}]`;
    if (!credential || typeof credential !== "object" || Array.isArray(credential)) {
      credentials.push({
        ...unsupportedFormat("VC_JWT"),
        checks: addRemedies([
          {
            id: "format.supported",
            passed: false,
            path,
            message: "Embedded credential is not a JSON-LD object; enveloped JWT credentials are not verified here yet",
          },
        ]),
      });
      continue;
    }
    credentials.push(await verifyJsonLdDocument({ ...shared, document: credential as JsonObject, role: "credential", path }));
  }
  outcome.credentials = credentials;
  if (embedded.length === 0) {
    outcome.warnings.push("presentation contains no credentials");
  } else {
    // The same summary check as a VP-JWT's, so a presentation's verdict reads alike in both formats.
    const verifiedCount = credentials.filter((credential) => credential.verified).length;
    const [summary] = addRemedies([
      {
        id: "presentation.credentials",
        passed: verifiedCount === credentials.length,
        message: `${verifiedCount} of ${credentials.length} embedded credentials verified`,
      },
    ]);
    if (summary) {
      outcome.checks.push(summary);
      if (!summary.passed) outcome.errors.push(`${summary.id}: ${summary.message}`);
    }
  }
  for (const credential of credentials) {
    outcome.errors.push(...credential.errors);
    outcome.warnings.push(...credential.warnings);
  }
  outcome.verified = outcome.verified && credentials.every((credential) => credential.verified);
  return outcome;
}

function detectFormat(document: unknown): CredentialFormat {
  if (typeof document === "string") {
    const header = document.split(".")[0] ?? "";
    let typ = "";
    try {
      typ = String((JSON.parse(atob(header.replace(/-/g, "+").replace(/_/g, "/"))) as { typ?: unknown }).typ ?? "");
    } catch {
      // not a JWT header: the JWT verifier reports it
    }
    return typ.toLowerCase().startsWith("vp") ? "VP_JWT" : "VC_JWT";
  }
  const types = document && typeof document === "object" ? ([] as unknown[]).concat((document as JsonObject).type ?? []) : [];
  return types.includes("VerifiablePresentation") ? "JSONLD_VP" : "JSONLD_VC";
}

// Enveloped (JWT) credentials inside a JSON-LD presentation are not unwrapped here: say so as data.
function unsupportedFormat(format: CredentialFormat): VerificationOutcome {
  const message = `${format} inside a JSON-LD presentation is not verified here`;
  return {
    verified: false,
    format,
    issuer: null,
    checks: addRemedies([{ id: "format.supported", passed: false, message }]),
    warnings: [],
    errors: [`format.supported: ${message}`],
  };
}

/** One resolution per DID per verification: a VP often names the same issuer many times. */
function memoize(resolver: DidResolver): DidResolver {
  const cache = new Map<string, Promise<DidResolution>>();
  return {
    resolve(did: string) {
      let pending = cache.get(did);
      if (!pending) {
        pending = resolver.resolve(did);
        cache.set(did, pending);
      }
      return pending;
    },
  };
}
