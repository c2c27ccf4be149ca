import subdivisions from "../data/iso-3166-2-subdivisions.json";
import type { ValidationResult } from "../types";
import { asArray, idOf, isObject, literalOf, ruleResult, subjectEntries, type JsonObject } from "./read-credentials";

export const COUNTRY_SUBDIVISION_CODE_IS_VALID = "countrySubdivisionCodeIsValid";

const KNOWN: Record<string, string[]> = subdivisions.countries;
const CODE_FORMAT = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;
const SUBDIVISION_KEYS = [
  "gx:countrySubdivisionCode",
  "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#countrySubdivisionCode",
  "https://w3id.org/gaia-x/development#countrySubdivisionCode",
];
const COUNTRY_KEYS = ["gx:countryCode", "https://w3id.org/gaia-x/development#countryCode"];

interface Found {
  node: JsonObject;
  key: string;
  path: string;
}

// Addresses sit at any depth (legalAddress, headquarterAddress, locationAddress…): walk the subject.
function findAddresses(node: JsonObject, path: string, into: Found[]): Found[] {
  for (const [key, value] of Object.entries(node)) {
    if (SUBDIVISION_KEYS.includes(key)) into.push({ node, key, path });
    for (const child of asArray(value)) {
      if (isObject(child)) findAddresses(child, path ? `${path} / ${key}` : key, into);
    }
  }
  return into;
}

function firstString(values: unknown[]): string | null {
  for (const value of values) {
    const literal = literalOf(value);
    if (typeof literal === "string") return literal;
  }
  return null;
}

/**
 * ISO 3166-2 check for gx:countrySubdivisionCode: format CC-XXX, and for EU/EEA, CH, GB and US the
 * code must exist (list shipped in lib/validation/data). A sibling gx:countryCode must name the same country.
 */
export function countrySubdivisionCodeIsValid(options: { credentials: JsonObject[] }): ValidationResult[] {
  const results: ValidationResult[] = [];
  for (const entry of subjectEntries(options.credentials)) {
    const focusNode = idOf(entry.subject) ?? "";
    for (const found of findAddresses(entry.subject, "", [])) {
      const path = found.path ? `${found.path} / ${found.key}` : found.key;
      for (const raw of asArray(found.node[found.key])) {
        const code = literalOf(raw);
        const push = (severity: ValidationResult["severity"], message: string) =>
          results.push(ruleResult(COUNTRY_SUBDIVISION_CODE_IS_VALID, { severity, focusNode, path, value: String(code), message }));
        const match = typeof code === "string" ? CODE_FORMAT.exec(code) : null;
        if (!match || typeof code !== "string") {
          push("Violation", `countrySubdivisionCode "${String(code)}" is not an ISO 3166-2 code; write it like DE-BE (country, hyphen, subdivision)`);
          continue;
        }
        const country = match[1] as string;
        const known = KNOWN[country];
        if (known && !known.includes(code)) {
          push("Violation", `countrySubdivisionCode "${code}" does not exist in ${country}; valid codes look like ${known.slice(0, 3).join(", ")}`);
        } else if (!known) {
          push(
            "Info",
            `countrySubdivisionCode "${code}" has the right format; codes of ${country} are not in the portal's list, so its existence was not checked`,
          );
        }
        const countryCode = firstString(COUNTRY_KEYS.flatMap((key) => asArray(found.node[key])));
        if (countryCode && countryCode !== country) {
          push("Violation", `countrySubdivisionCode "${code}" is in ${country} but countryCode says ${countryCode}`);
        }
      }
    }
  }
  return results;
}
