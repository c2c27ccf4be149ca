import { collectCredentials } from "../graph/collect-credentials";
import { sortResults } from "../sort-results";
import type { ValidationResult } from "../types";
import { containsPiiRequiresLegitimateInterest } from "./contains-pii-requires-legitimate-interest";
import { countrySubdivisionCodeIsValid } from "./country-subdivision-code-is-valid";
import { dataResourceIssuerMatchesProducer } from "./data-resource-issuer-matches-producer";
import type { IssuerMatchPolicyLevel } from "./issuer-match-policy";
import type { JsonObject } from "./read-credentials";
import { serviceOfferingIssuerMatchesProvider } from "./service-offering-issuer-matches-provider";
import { termsAndConditionsHashMatches } from "./terms-and-conditions-hash-matches";

/** Gaia-X 22.10 rules that SHACL cannot express, by name (the name is each result's sourceShape). */
export const RULES = {
  serviceOfferingIssuerMatchesProvider,
  dataResourceIssuerMatchesProducer,
  containsPiiRequiresLegitimateInterest,
  countrySubdivisionCodeIsValid,
  termsAndConditionsHashMatches,
} as const;

export type RuleName = keyof typeof RULES;

export interface RunRulesOptions {
  /** Credentials (decoded JWT payloads or JSON-LD VCs), or one VP/VC; all are checked together. */
  credentials: unknown;
  /** Run only these rules; default all. */
  only?: RuleName[];
  /** Level of the issuer-matches-participant policy (default "warning"); the operator sets it via env. */
  issuerMatchPolicy?: IssuerMatchPolicyLevel;
}

/** Runs the rules over every credential at once (a rule may compare two credentials). Sorted results. */
export function runRules(options: RunRulesOptions): ValidationResult[] {
  const collected = collectCredentials({ document: options.credentials });
  // Bare claims have no issuer; rules still read their fields (addresses, PII flags) as subjects.
  const credentials: JsonObject[] = [...collected.credentials, ...collected.claims.map((claim) => ({ credentialSubject: claim }))];
  const names = options.only ?? (Object.keys(RULES) as RuleName[]);
  const level = options.issuerMatchPolicy;
  const results = names.flatMap((name) => RULES[name]({ credentials, level }));
  return sortResults({ results });
}
