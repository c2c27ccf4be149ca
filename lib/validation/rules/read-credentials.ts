// Small JSON readers for Gaia-X 22.10 credentials. 22.10 terms are always written `gx:name` (its
// "context" only defines prefixes), so reading keys is exact; the full IRI form is accepted too.
import type { ValidationResult } from "../types";

export type JsonObject = Record<string, unknown>;

const GX_2210_NS = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Values of a gx: property on a node, whichever spelling the document used. */
export function gxValues(node: JsonObject, name: string): unknown[] {
  return [...asArray(node[`gx:${name}`]), ...asArray(node[`${GX_2210_NS}${name}`])];
}

/** Local names of a node's types: "gx:ServiceOffering" -> "ServiceOffering". */
export function typeNames(node: JsonObject): string[] {
  return [...asArray(node.type), ...asArray(node["@type"])]
    .filter((type): type is string => typeof type === "string")
    .map((type) => type.replace(/^gx:/, "").replace(GX_2210_NS, ""));
}

export function idOf(value: unknown): string | null {
  // Bare JSON-LD claims write "@id"; credentials usually the "id" alias.
  if (typeof value === "string") return value;
  if (!isObject(value)) return null;
  const id = value.id ?? value["@id"];
  return typeof id === "string" ? id : null;
}

export function literalOf(value: unknown): unknown {
  return isObject(value) && "@value" in value ? value["@value"] : value;
}

export interface SubjectEntry {
  credential: JsonObject;
  subject: JsonObject;
  issuer: string | null;
}

/** Every credentialSubject with its credential and issuer, in input order. */
export function subjectEntries(credentials: JsonObject[]): SubjectEntry[] {
  return credentials.flatMap((credential) =>
    asArray(credential.credentialSubject)
      .filter(isObject)
      .map((subject) => ({ credential, subject, issuer: idOf(credential.issuer) })),
  );
}

/** Finds the credential whose subject has this id (a participant referenced from an offering). */
export function findSubjectById(entries: SubjectEntry[], id: string): SubjectEntry | undefined {
  return entries.find((entry) => idOf(entry.subject) === id);
}

export function ruleResult(rule: string, fields: Omit<ValidationResult, "sourceShape" | "sourceConstraint">): ValidationResult {
  return { ...fields, sourceShape: rule, sourceConstraint: rule };
}

export const GX = (name: string) => `${GX_2210_NS}${name}`;
