import type { ValidationResult } from "../types";
import { checkIssuerMatchesReference } from "./check-issuer-matches-reference";
import type { IssuerMatchPolicyLevel } from "./issuer-match-policy";
import type { JsonObject } from "./read-credentials";

export const SERVICE_OFFERING_ISSUER_MATCHES_PROVIDER = "serviceOfferingIssuerMatchesProvider";

/** A gx:ServiceOffering's issuer equals the issuer of its gx:providedBy participant credential. */
export function serviceOfferingIssuerMatchesProvider(options: { credentials: JsonObject[]; level?: IssuerMatchPolicyLevel }): ValidationResult[] {
  return checkIssuerMatchesReference({
    credentials: options.credentials,
    level: options.level,
    rule: SERVICE_OFFERING_ISSUER_MATCHES_PROVIDER,
    subjectType: "ServiceOffering",
    property: "providedBy",
    subjectWords: "service offering",
    referenceWords: "provider",
  });
}
