import { AppError } from "@/lib/errors/app-error";
import { localName } from "@/lib/vocabulary";

type Json = Record<string, unknown>;

// The Gaia-X compliance service of releases 22.06 and 22.10 answers with one JSON object holding the
// self-description it checked and its own attestation of it:
//   { "selfDescriptionCredential": <VC or VP>, "complianceCredential": <VC> }
// Participants publish that object as it is (e.g. the .well-known files of gx-compliance), so the
// catalogue accepts it: the self-description is the entry, the compliance credential is verified
// beside it (lib/credentials/verify-compliance-wrapper.ts), and the whole text is what is stored.

export interface ComplianceWrapper {
  selfDescription: Json;
  complianceCredential: Json;
}

const MEMBERS = ["selfDescriptionCredential", "complianceCredential"];

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: Json): string[] {
  const value = node.type ?? node["@type"];
  return (Array.isArray(value) ? value : [value]).filter((type): type is string => typeof type === "string").map(localName);
}

/** The two parts of a compliance wrapper, or null when `json` is not one (no selfDescriptionCredential member). */
export function readComplianceWrapper(json: Json): ComplianceWrapper | null {
  if (!("selfDescriptionCredential" in json)) return null;
  // A wrapper has no type of its own; a typed document with this member is a credential, read as such.
  if (typesOf(json).length > 0) return null;
  const refuse = (name: string, reason: string) =>
    new AppError("UNSUPPORTED_FORMAT", {
      message: `A Gaia-X compliance wrapper holds exactly { selfDescriptionCredential, complianceCredential }: ${reason}.`,
      invalidParams: [{ name, reason }],
    });
  const extra = Object.keys(json).find((key) => !MEMBERS.includes(key));
  // Members beside the two credentials are covered by no signature; storing them would publish unsigned claims.
  if (extra !== undefined) throw refuse(`$.${extra}`, "is covered by no signature; send only the two credentials");
  const { selfDescriptionCredential: selfDescription, complianceCredential } = json;
  if (!isObject(selfDescription)) throw refuse("$.selfDescriptionCredential", "must be a verifiable credential or presentation object");
  const kinds = typesOf(selfDescription);
  if (!kinds.includes("VerifiableCredential") && !kinds.includes("VerifiablePresentation")) {
    throw refuse("$.selfDescriptionCredential.type", "must include VerifiableCredential or VerifiablePresentation");
  }
  if (complianceCredential === undefined) throw refuse("$.complianceCredential", "is missing; send the self-description on its own instead");
  if (!isObject(complianceCredential)) throw refuse("$.complianceCredential", "must be a verifiable credential object");
  if (!typesOf(complianceCredential).includes("VerifiableCredential")) throw refuse("$.complianceCredential.type", "must include VerifiableCredential");
  return { selfDescription, complianceCredential };
}
