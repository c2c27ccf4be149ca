import { addRemedies } from "@/lib/credentials/check-remedies";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import type { JsonObject, VerificationCheck, VerificationOutcome } from "@/lib/credentials/types";
import { verifyCredential, type VerifyCredentialOptions } from "@/lib/credentials/verify-credential";

import { checkComplianceIntegrity } from "./check-compliance-integrity";

export const COMPLIANCE_CREDENTIAL_CHECK = "compliance.credential";

export interface VerifyComplianceWrapperOptions extends Omit<VerifyCredentialOptions, "document" | "format"> {
  /** The wrapper's selfDescriptionCredential (a VC or a VP). */
  selfDescription: JsonObject;
  complianceCredential: JsonObject;
}

let defaultLoader: VerifyCredentialOptions["documentLoader"];

/**
 * A Gaia-X 22.06/22.10 { selfDescriptionCredential, complianceCredential } object: the self-description
 * is verified as today (its outcome is the top of the answer), the compliance credential the same way
 * (outcome.compliance), and two named checks say whether the latter is authentic and attests exactly
 * the former. Verified only when all three hold.
 */
export async function verifyComplianceWrapper(options: VerifyComplianceWrapperOptions): Promise<VerificationOutcome> {
  const { selfDescription, complianceCredential, ...shared } = options;
  const documentLoader = shared.documentLoader ?? (defaultLoader ??= createDocumentLoader());
  const outcome = await verifyCredential({ ...shared, documentLoader, document: selfDescription });
  // A compliance credential vouches for a status at issuance; its own status list (if any) is checked like any other.
  const compliance = await verifyCredential({ ...shared, documentLoader, document: complianceCredential, format: "JSONLD_VC" });
  compliance.checks = compliance.checks.map((check) => ({ ...check, path: check.path ? `complianceCredential.${check.path}` : "complianceCredential" }));
  const failedChecks = compliance.checks.filter((check) => !check.passed && check.severity !== "warning");
  const issuer = compliance.issuer ?? "an unnamed issuer";
  const credentialCheck: VerificationCheck = compliance.verified
    ? { id: COMPLIANCE_CREDENTIAL_CHECK, passed: true, path: "complianceCredential", message: `The Gaia-X compliance credential from ${issuer} verified.` }
    : {
        id: COMPLIANCE_CREDENTIAL_CHECK,
        passed: false,
        path: "complianceCredential",
        message: `The Gaia-X compliance credential from ${issuer} did not verify: ${failedChecks.map((check) => check.message).join("; ") || compliance.errors.join("; ") || "no check passed"}.`,
      };
  const integrityCheck = await checkComplianceIntegrity({ selfDescription, complianceCredential, documentLoader });
  const added = addRemedies([credentialCheck, integrityCheck]);
  outcome.checks.push(...added);
  for (const check of added) if (!check.passed) outcome.errors.push(`${check.id}: ${check.message}`);
  outcome.warnings.push(...compliance.warnings.map((warning) => `complianceCredential: ${warning}`));
  outcome.compliance = compliance;
  outcome.verified = outcome.verified && added.every((check) => check.passed);
  return outcome;
}
