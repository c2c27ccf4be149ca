import { localName } from "@/lib/vocabulary";
// The search projection of a self-description: derived from the stored document alone, so it can be
// rebuilt at any time (PROJECTION_VERSION changes when this derivation does). Properties are matched by
// their local name, whatever prefix or full IRI the credential used (gx:name, schema:name,
// https://w3id.org/gaia-x/development#name …), since real Gaia-X credentials use all of these.

export const PROJECTION_VERSION = 1;

export interface SearchProjectionData {
  title: string;
  description: string | null;
  keywords: string[];
  types: string[];
  providerName: string | null;
  providerDid: string | null;
  purposes: string[];
  healthThemes: string[];
  pseudonymisation: string | null;
  accessRights: string | null;
  licence: string | null;
  trustFramework: string | null;
  searchText: string;
  /** Every credential subject, for structured queries over the claims. */
  claims: Node[];
}

const TITLE = ["name", "title", "legalName", "digitalServiceOfferingName", "label"];
const DESCRIPTION = ["description", "digitalServiceOfferingShortDescription", "shortDescription", "comment"];
const KEYWORDS = ["keyword", "keywords", "tag"];
const PROVIDER = ["providedBy", "producedBy", "publisher", "digitalServiceOfferingProvider", "provider", "creator"];
const PURPOSE = ["purposeOfUse", "purpose", "applicablePurpose"];
const THEME = ["healthTheme", "healthCategory", "theme"];
const PSEUDONYMISATION = ["pseudonymisationLevel", "anonymisationLevel", "pseudonymizationLevel"];
const ACCESS = ["accessRights", "accessRight"];
const LICENCE = ["license", "licence", "licenseUrl"];

type Node = Record<string, unknown>;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function literal(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value && typeof value === "object") {
    const node = value as Node;
    const inner = node["@value"] ?? node["@id"] ?? node.id;
    if (typeof inner === "string") return inner;
  }
  return null;
}

/** Every literal (or id) found under the given local names, breadth-first, up to a small depth. */
function collect(nodes: Node[], names: string[], maxDepth = 3): string[] {
  const found: string[] = [];
  let level: unknown[] = nodes;
  for (let depth = 0; depth < maxDepth && level.length > 0; depth += 1) {
    const next: unknown[] = [];
    for (const item of level) {
      if (!item || typeof item !== "object" || Array.isArray(item)) continue;
      for (const [key, value] of Object.entries(item as Node)) {
        if (key.startsWith("@")) continue;
        if (names.includes(localName(key))) {
          for (const entry of asArray(value)) {
            const text = literal(entry);
            if (text) found.push(text.trim());
          }
        } else {
          next.push(...asArray(value));
        }
      }
    }
    level = next;
  }
  return [...new Set(found.filter(Boolean))];
}

function types(node: Node): string[] {
  return asArray(node["@type"] ?? node.type).filter((value): value is string => typeof value === "string");
}

/** The credentials of a VC or VP (embedded credentials; enveloped JWT ones are passed in decoded). */
export function credentialsOf(document: Node): Node[] {
  const docTypes = types(document);
  if (docTypes.some((type) => localName(type) === "VerifiablePresentation")) {
    return asArray(document.verifiableCredential).filter((vc): vc is Node => !!vc && typeof vc === "object" && !Array.isArray(vc));
  }
  return [document];
}

export function subjectsOf(credential: Node): Node[] {
  const subjects = asArray(credential.credentialSubject).filter((s): s is Node => !!s && typeof s === "object");
  if (subjects.length > 0) return subjects;
  // Unsigned graph-shaped documents (e.g. test instances) carry their nodes in @graph.
  return asArray(credential["@graph"]).filter((s): s is Node => !!s && typeof s === "object");
}

export function deriveProjection(options: { credentials: Node[]; trustFramework: string | null; providerNames?: Map<string, string> }): SearchProjectionData {
  const subjects = options.credentials.flatMap(subjectsOf);
  const subjectTypes = [...new Set(subjects.flatMap(types))];
  // Prefer the subject that is the entry's main resource: a service or data resource over a participant.
  const main = subjects.find((s) => types(s).some((t) => /ServiceOffering|DataResource|DataProduct|Dataset|SoftwareResource/.test(t))) ?? subjects[0] ?? {};
  const ordered = [main, ...subjects.filter((s) => s !== main)];
  const providerDid = collect([main], PROVIDER)[0] ?? null;
  const title = collect(ordered, TITLE)[0] ?? literal(main["@id"] ?? main.id) ?? "Untitled self-description";
  const description = collect(ordered, DESCRIPTION)[0] ?? null;
  const keywords = collect(ordered, KEYWORDS);
  const purposes = collect(ordered, PURPOSE).map(localName);
  const healthThemes = collect(ordered, THEME).map(localName);
  const projection: SearchProjectionData = {
    title: title.slice(0, 300),
    description: description?.slice(0, 2000) ?? null,
    keywords: keywords.slice(0, 50),
    types: subjectTypes.map(localName),
    providerName: (providerDid && options.providerNames?.get(providerDid)) ?? null,
    providerDid,
    purposes,
    healthThemes,
    pseudonymisation: collect(ordered, PSEUDONYMISATION).map(localName)[0] ?? null,
    accessRights: collect(ordered, ACCESS).map(localName)[0] ?? null,
    licence: collect(ordered, LICENCE)[0] ?? null,
    trustFramework: options.trustFramework,
    searchText: "",
    claims: subjects,
  };
  projection.searchText = [projection.title, projection.description, ...keywords, ...projection.types, projection.providerName, ...purposes, ...healthThemes]
    .filter(Boolean)
    .join(" ")
    .slice(0, 10_000);
  return projection;
}
