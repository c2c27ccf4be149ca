import type { ValidationResult } from "../types";
import { checkIssuerMatchesReference } from "./check-issuer-matches-reference";
import type { IssuerMatchPolicyLevel } from "./issuer-match-policy";
import type { JsonObject } from "./read-credentials";

export const DATA_RESOURCE_ISSUER_MATCHES_PRODUCER = "dataResourceIssuerMatchesProducer";

/** A gx:DataResource's issuer equals the issuer of its gx:producedBy participant credential. */
export function dataResourceIssuerMatchesProducer(options: { credentials: JsonObject[]; level?: IssuerMatchPolicyLevel }): ValidationResult[] {
  return checkIssuerMatchesReference({
    credentials: options.credentials,
    level: options.level,
    rule: DATA_RESOURCE_ISSUER_MATCHES_PRODUCER,
    subjectType: "DataResource",
    property: "producedBy",
    subjectWords: "data resource",
    referenceWords: "producer",
  });
}
