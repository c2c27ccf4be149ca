import { localName } from "@/lib/vocabulary";

// A data resource declares consent-based data of identified citizens with dlh:consentParticipant
// (their DIDs) and, optionally, dlh:dataTrustee (one DID deciding on their behalf). Matched by local
// name, as the projection's claims keep whatever prefix or IRI the credential used.

type Json = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

function ids(value: unknown): string[] {
  return asArray(value)
    .map((item) => (typeof item === "string" ? item : item && typeof item === "object" ? ((item as Json)["@id"] ?? (item as Json).id) : null))
    .filter((id): id is string => typeof id === "string" && id.startsWith("did:"));
}

export interface ConsentDeclaration {
  citizenDids: string[];
  trusteeDid: string | null;
}

export function consentDeclarationOf(claims: unknown): ConsentDeclaration {
  const subjects = asArray(claims).filter((subject): subject is Json => !!subject && typeof subject === "object");
  const values = (name: string) =>
    subjects.flatMap((subject) => Object.entries(subject).flatMap(([key, value]) => (localName(key) === name ? ids(value) : [])));
  return { citizenDids: [...new Set(values("consentParticipant"))], trusteeDid: values("dataTrustee")[0] ?? null };
}
