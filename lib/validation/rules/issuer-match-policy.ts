import type { Severity } from "../types";

/**
 * Policy "issuer matches participant" (Gaia-X 22.10): the issuer of a ServiceOffering / DataResource
 * credential must be the issuer of the participant credential it names (providedBy / producedBy).
 * The Gaia-X shapes do not express it and upstream tooling accepts such documents (the egavard
 * developer examples, XFSC), so by default a mismatch is only a Warning. An operator who wants
 * self-issued offerings only raises it to "violation" (DATALOFT_ISSUER_MATCH_POLICY in lib/env.ts).
 */
export type IssuerMatchPolicyLevel = "off" | "info" | "warning" | "violation";

export const DEFAULT_ISSUER_MATCH_POLICY: IssuerMatchPolicyLevel = "warning";

const SEVERITY: Record<Exclude<IssuerMatchPolicyLevel, "off">, Severity> = { info: "Info", warning: "Warning", violation: "Violation" };

/** Severity of a mismatch, and of "the participant credential is not here" (never above Warning). */
export function issuerMatchSeverities(level: IssuerMatchPolicyLevel): { mismatch: Severity; missing: Severity } | null {
  if (level === "off") return null;
  const mismatch = SEVERITY[level];
  return { mismatch, missing: mismatch === "Info" ? "Info" : "Warning" };
}
