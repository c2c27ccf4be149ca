import type { DocumentLoader } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

import type { IssuerMatchPolicyLevel } from "./rules/issuer-match-policy";
import { runRules } from "./rules/run-rules";
import type { ShapesRegistry } from "./shapes/create-shapes-registry";
import { sortResults } from "./sort-results";
import { verdictOf, type ValidationOutcome } from "./types";
import { validateSelfDescription, type ValidationProfile } from "./validate-self-description";

export interface LintCredentialOptions {
  /** The credential being edited: unsigned, no proof needed; a bare credentialSubject works too. */
  credential: Record<string, unknown>;
  documentLoader: DocumentLoader;
  /** Already-published credentials it refers to (the provider's participant credential…), so references resolve. */
  related?: Record<string, unknown>[];
  shapes?: ShapesRegistry;
  profile?: ValidationProfile;
  /** Same level as publishing uses (DATALOFT_ISSUER_MATCH_POLICY); default "warning". */
  issuerMatchPolicy?: IssuerMatchPolicyLevel;
}

/**
 * Live validation while a form is filled in: the same SHACL shapes and rules as publishing, on one
 * unsigned credential. Nothing is verified or stored; shapes come from the cached registry, so a
 * call costs one JSON-LD expansion plus the shape run (a few milliseconds for a 22.10 offering).
 */
export async function lintCredential(options: LintCredentialOptions): Promise<ValidationOutcome> {
  const { credential, related = [], documentLoader, shapes, profile, issuerMatchPolicy } = options;
  if (typeof credential !== "object" || credential === null || Array.isArray(credential)) {
    throw new AppError("BAD_REQUEST", { message: "lintCredential needs one credential object" });
  }
  const document = [credential, ...related];
  const shacl = await validateSelfDescription({ document, documentLoader, shapes, profile });
  const ruleResults = runRules({ credentials: document, issuerMatchPolicy });
  const results = sortResults({ results: [...shacl.results, ...ruleResults] });
  return { ...shacl, conforms: verdictOf({ results, unvalidated: shacl.unvalidated }), results };
}
