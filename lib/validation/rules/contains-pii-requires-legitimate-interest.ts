import type { ValidationResult } from "../types";
import { GX, gxValues, idOf, literalOf, ruleResult, subjectEntries, typeNames, type JsonObject } from "./read-credentials";

export const CONTAINS_PII_REQUIRES_LEGITIMATE_INTEREST = "containsPiiRequiresLegitimateInterest";

function isTrue(value: unknown): boolean {
  const literal = literalOf(value);
  return literal === true || literal === "true";
}

function hasText(node: JsonObject, name: string): boolean {
  return gxValues(node, name).some((value) => {
    const literal = literalOf(value);
    if (typeof literal === "string") return literal.trim() !== "";
    return idOf(value) !== null;
  });
}

/**
 * Gaia-X 22.10: a gx:DataResource with gx:containsPII true must come with a gx:LegitimateInterest that
 * states a gx:legalBasis and a gx:dataProtectionContact (GDPR Art. 6 / 13). SHACL cannot express the
 * conditional requirement across credentials.
 */
export function containsPiiRequiresLegitimateInterest(options: { credentials: JsonObject[] }): ValidationResult[] {
  const entries = subjectEntries(options.credentials);
  const interests = entries.filter((entry) => typeNames(entry.subject).includes("LegitimateInterest"));
  const results: ValidationResult[] = [];
  for (const entry of entries) {
    if (!typeNames(entry.subject).includes("DataResource")) continue;
    if (!gxValues(entry.subject, "containsPII").some(isTrue)) continue;
    const focusNode = idOf(entry.subject) ?? "";
    if (interests.length === 0) {
      results.push(
        ruleResult(CONTAINS_PII_REQUIRES_LEGITIMATE_INTEREST, {
          severity: "Violation",
          focusNode,
          path: GX("containsPII"),
          value: "true",
          message:
            "The data resource contains personal data, so a LegitimateInterest credential with a legalBasis and a dataProtectionContact must be included",
        }),
      );
      continue;
    }
    for (const interest of interests) {
      const interestId = idOf(interest.subject) ?? "";
      if (!hasText(interest.subject, "legalBasis")) {
        results.push(
          ruleResult(CONTAINS_PII_REQUIRES_LEGITIMATE_INTEREST, {
            severity: "Violation",
            focusNode: interestId,
            path: GX("legalBasis"),
            value: null,
            message: "LegitimateInterest needs a legalBasis such as GDPR-6-1-a, because the data resource contains personal data",
          }),
        );
      }
      if (!hasText(interest.subject, "dataProtectionContact")) {
        results.push(
          ruleResult(CONTAINS_PII_REQUIRES_LEGITIMATE_INTEREST, {
            severity: "Violation",
            focusNode: interestId,
            path: GX("dataProtectionContact"),
            value: null,
            message:
              "LegitimateInterest needs a dataProtectionContact (a URL or e-mail of the data protection officer), because the data resource contains personal data",
          }),
        );
      }
    }
  }
  return results;
}
