import "server-only";
import type { DocumentLoader } from "@/lib/credentials/types";
import { getEnv } from "@/lib/env";
import type { IssuerMatchPolicyLevel } from "@/lib/validation/rules/issuer-match-policy";
import { runRules } from "@/lib/validation/rules/run-rules";
import type { ShapesRegistry } from "@/lib/validation/shapes/create-shapes-registry";
import { validateSelfDescription } from "@/lib/validation/validate-self-description";
import type { Submission } from "./parse-submission";
import type { ValidationFinding, ValidationSummary } from "./publish-services";

/**
 * SHACL shapes (trust framework detected from the credential) plus the Gaia-X rules SHACL cannot
 * express, as one summary. A JSON-LD presentation is validated whole; a JWT presentation as the
 * union of its decoded envelopes. conforms is null when a credential subject was not validated.
 */
export async function validateSubmission(options: {
  submission: Submission;
  credentials: Record<string, unknown>[];
  documentLoader: DocumentLoader;
  /** Defaults to the process-wide registry (each shape set parsed once). */
  shapes?: ShapesRegistry;
  schema?: boolean;
  rules?: boolean;
  /** Defaults to DATALOFT_ISSUER_MATCH_POLICY. */
  issuerMatchPolicy?: IssuerMatchPolicyLevel;
}): Promise<ValidationSummary> {
  const { submission } = options;
  const findings: ValidationFinding[] = [];
  let trustFramework: string | null = null;
  let shapesUsed: string[] = [];
  let unvalidated: NonNullable<ValidationSummary["unvalidated"]> = [];
  let profiles: NonNullable<ValidationSummary["profiles"]> = [];
  if (options.schema !== false) {
    const document = submission.format === "JSONLD_VC" || submission.format === "JSONLD_VP" ? submission.document : options.credentials;
    const shacl = await validateSelfDescription({ document, documentLoader: options.documentLoader, shapes: options.shapes });
    trustFramework = shacl.trustFramework ?? null;
    shapesUsed = shacl.shapesUsed;
    unvalidated = shacl.unvalidated;
    profiles = shacl.profiles;
    findings.push(...shacl.results.map(toFinding));
  }
  if (options.rules !== false) {
    const issuerMatchPolicy = options.issuerMatchPolicy ?? getEnv().DATALOFT_ISSUER_MATCH_POLICY;
    const rules = runRules({ credentials: options.credentials, issuerMatchPolicy });
    findings.push(...rules.map(toFinding));
  }
  const violated = findings.some((finding) => finding.severity === "Violation");
  const conforms = violated ? false : unvalidated.length > 0 ? null : true;
  return { conforms, trustFramework, shapesUsed, results: findings, unvalidated, profiles };
}

function toFinding(result: {
  severity: string;
  focusNode?: string | null;
  path?: string | null;
  value?: string | null;
  message: string;
  sourceShape?: string | null;
}): ValidationFinding {
  const severity = /violation/i.test(result.severity) ? "Violation" : /warning/i.test(result.severity) ? "Warning" : "Info";
  return {
    severity,
    focusNode: result.focusNode ?? null,
    path: result.path ?? null,
    value: result.value ?? null,
    message: result.message,
    sourceShape: result.sourceShape ?? null,
  };
}
