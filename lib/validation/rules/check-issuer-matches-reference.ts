import type { ValidationResult } from "../types";
import { DEFAULT_ISSUER_MATCH_POLICY, issuerMatchSeverities, type IssuerMatchPolicyLevel } from "./issuer-match-policy";
import { GX, findSubjectById, gxValues, idOf, ruleResult, subjectEntries, typeNames, type JsonObject } from "./read-credentials";

export interface CheckIssuerMatchesReferenceOptions {
  credentials: JsonObject[];
  rule: string;
  /** Subject type that carries the reference, e.g. "ServiceOffering". */
  subjectType: string;
  /** Property naming the participant, e.g. "providedBy". */
  property: string;
  /** Words for messages, e.g. "service offering" / "provider". */
  subjectWords: string;
  referenceWords: string;
  /** Policy level; default "warning" (see issuer-match-policy.ts). */
  level?: IssuerMatchPolicyLevel;
}

/**
 * Gaia-X 22.10 policy: a participant describes only its own offerings and resources, so the issuer of
 * the describing credential should be the issuer of the referenced participant's credential.
 */
export function checkIssuerMatchesReference(options: CheckIssuerMatchesReferenceOptions): ValidationResult[] {
  const severities = issuerMatchSeverities(options.level ?? DEFAULT_ISSUER_MATCH_POLICY);
  if (!severities) return [];
  const entries = subjectEntries(options.credentials);
  const results: ValidationResult[] = [];
  for (const entry of entries) {
    if (!typeNames(entry.subject).includes(options.subjectType)) continue;
    const focusNode = idOf(entry.subject) ?? "";
    for (const reference of gxValues(entry.subject, options.property)) {
      const referencedId = idOf(reference);
      if (!referencedId) continue;
      const referenced = findSubjectById(entries, referencedId);
      if (!referenced) {
        results.push(
          ruleResult(options.rule, {
            severity: severities.missing,
            focusNode,
            path: GX(options.property),
            value: referencedId,
            message: `The ${options.referenceWords} ${referencedId} is not in this submission, so its issuer cannot be compared: include the ${options.referenceWords}'s participant credential`,
          }),
        );
      } else if (referenced.issuer !== entry.issuer) {
        results.push(
          ruleResult(options.rule, {
            severity: severities.mismatch,
            focusNode,
            path: GX(options.property),
            value: referencedId,
            message: `The ${options.subjectWords} is issued by ${entry.issuer ?? "nobody"} but its ${options.referenceWords} ${referencedId} by ${referenced.issuer ?? "nobody"}: both credentials must come from the same issuer`,
          }),
        );
      }
    }
  }
  return results;
}
