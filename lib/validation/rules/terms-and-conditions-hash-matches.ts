import { createHash } from "node:crypto";

import termsAndConditions from "../data/gaiax-terms-and-conditions-22.10.json";
import type { ValidationResult } from "../types";
import { GX, gxValues, idOf, literalOf, ruleResult, subjectEntries, typeNames, type JsonObject } from "./read-credentials";

export const TERMS_AND_CONDITIONS_HASH_MATCHES = "termsAndConditionsHashMatches";

/** sha256 of the Gaia-X 22.10 terms and conditions text every participant signs (see the data file's source). */
export const GAIAX_2210_TERMS_AND_CONDITIONS_SHA256: string = termsAndConditions.sha256;

/**
 * Gaia-X 22.10: a gx:GaiaXTermsAndConditions credential must carry the official text byte for byte;
 * we compare its sha256 with the pinned hash (one changed character changes what was agreed to).
 */
export function termsAndConditionsHashMatches(options: { credentials: JsonObject[] }): ValidationResult[] {
  const results: ValidationResult[] = [];
  for (const entry of subjectEntries(options.credentials)) {
    if (!typeNames(entry.subject).includes("GaiaXTermsAndConditions")) continue;
    const focusNode = idOf(entry.subject) ?? "";
    const texts = gxValues(entry.subject, "termsAndConditions").map(literalOf);
    if (texts.length === 0) {
      results.push(
        ruleResult(TERMS_AND_CONDITIONS_HASH_MATCHES, {
          severity: "Violation",
          focusNode,
          path: GX("termsAndConditions"),
          value: null,
          message: "GaiaXTermsAndConditions needs the termsAndConditions text of Gaia-X 22.10",
        }),
      );
    }
    for (const text of texts) {
      const digest = typeof text === "string" ? createHash("sha256").update(text, "utf8").digest("hex") : null;
      if (digest !== GAIAX_2210_TERMS_AND_CONDITIONS_SHA256) {
        results.push(
          ruleResult(TERMS_AND_CONDITIONS_HASH_MATCHES, {
            severity: "Violation",
            focusNode,
            path: GX("termsAndConditions"),
            value: digest,
            message: `termsAndConditions is not the Gaia-X 22.10 text (sha256 ${digest ?? "of a non-text value"} instead of ${GAIAX_2210_TERMS_AND_CONDITIONS_SHA256}): copy the official text unchanged`,
          }),
        );
      }
    }
  }
  return results;
}
