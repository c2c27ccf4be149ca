// The nodes and links of a stored self-description, for the entry page's small graph: presentation →
// credentials → subjects → nested nodes and linked IRIs (provider, distribution, issuer DID …).
// Pure and bounded: it reads the parsed JSON-LD (or the decoded JWT payload, with enveloped VC-JWTs
// decoded here) as JSON, without JSON-LD processing, and stops at `maxNodes` saying how many it left out.

export type CredentialGraphNodeKind = "presentation" | "credential" | "subject" | "node" | "link";

export interface CredentialGraphNode {
  /** The node's IRI or DID, or a generated `_:n…` for a node without one. */
  id: string;
  kind: CredentialGraphNodeKind;
  /** Short words for the picture: the type's local name, a shortened DID or the IRI's last segment. */
  label: string;
  /** Steps from the document's root, used for the layered layout. */
  depth: number;
}

export interface CredentialGraphEdge {
  from: string;
  to: string;
  /** The property's local name (`providedBy`, `credentialSubject`, `issuer` …). */
  label: string;
}

export interface CredentialGraph {
  nodes: CredentialGraphNode[];
  edges: CredentialGraphEdge[];
  /** Distinct nodes found but not shown because the graph reached `maxNodes`. */
  omittedNodes: number;
}

type Json = Record<string, unknown>;

const MAX_DEPTH = 8;
const IRI = /^(did:[a-z0-9]+:|https?:\/\/|urn:)\S+$/i;
const ENVELOPE = /^data:application\/(vc|vp)\+(ld\+)?jwt,/;
const SKIPPED_KEYS = new Set(["@context", "id", "@id", "type", "@type", "proof", "credentialSchema", "@value", "@language", "@direction"]);

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const isObject = (value: unknown): value is Json => !!value && typeof value === "object" && !Array.isArray(value);

export function localName(key: string): string {
  const trimmed = key.replace(/[#/]+$/, "");
  const cut = Math.max(trimmed.lastIndexOf("#"), trimmed.lastIndexOf("/"), trimmed.lastIndexOf(":"));
  return cut >= 0 ? trimmed.slice(cut + 1) || trimmed : trimmed;
}

function typesOf(node: Json): string[] {
  return asArray(node["@type"] ?? node.type).filter((value): value is string => typeof value === "string");
}

function idOf(node: Json): string | null {
  const id = node["@id"] ?? node.id;
  return typeof id === "string" && id.length > 0 ? id : null;
}

function shortIri(iri: string): string {
  if (iri.startsWith("did:")) {
    const parts = iri.split(/[#?]/)[0]!.split(":");
    const method = parts.slice(0, 2).join(":");
    const rest = parts.slice(2).join(":");
    return rest.length > 22 ? `${method}:${rest.slice(0, 10)}…${rest.slice(-8)}` : iri;
  }
  return localName(iri) || iri;
}

/** A VC-JWT payload is the credential itself (VC 2.0) or carries it under `vc` (VC 1.1). */
function decodeEnvelope(dataUrl: string): Json | null {
  const jwt = dataUrl.slice(dataUrl.indexOf(",") + 1);
  const payload = jwt.split(".")[1];
  if (!payload) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!isObject(decoded)) return null;
    return isObject(decoded.vc) ? decoded.vc : isObject(decoded.vp) ? decoded.vp : decoded;
  } catch {
    // An undecodable envelope stays a plain link in the picture; verification reports it.
    return null;
  }
}

export function buildCredentialGraph(options: { document: unknown; maxNodes?: number }): CredentialGraph {
  const maxNodes = Math.max(1, options.maxNodes ?? 40);
  const nodes = new Map<string, CredentialGraphNode>();
  const edges = new Map<string, CredentialGraphEdge>();
  const omitted = new Set<string>();
  let blankCounter = 0;

  const addNode = (id: string, kind: CredentialGraphNodeKind, label: string, depth: number): boolean => {
    const existing = nodes.get(id);
    if (existing) {
      // A node first met as a bare link and later described (e.g. in another credential) gets its real kind.
      if (existing.kind === "link" && kind !== "link") Object.assign(existing, { kind, label });
      return true;
    }
    if (nodes.size >= maxNodes) {
      omitted.add(id);
      return false;
    }
    nodes.set(id, { id, kind, label, depth });
    return true;
  };
  const addEdge = (from: string, to: string, label: string) => {
    edges.set(`${from}\u0000${label}\u0000${to}`, { from, to, label });
  };

  const visit = (value: Json, kind: CredentialGraphNodeKind, depth: number, fallbackLabel: string): string | null => {
    const id = idOf(value) ?? `_:n${(blankCounter += 1)}`;
    const types = typesOf(value).filter((type) => type !== "VerifiableCredential" && type !== "VerifiablePresentation");
    const label = types.length ? types.map(localName).join(", ") : idOf(value) ? shortIri(id) : fallbackLabel;
    if (!addNode(id, kind, label, depth)) return null;
    if (depth >= MAX_DEPTH) return id;

    if (kind === "presentation") {
      for (const entry of asArray(value.verifiableCredential)) {
        const credential = isObject(entry) && typeof idOf(entry) === "string" && ENVELOPE.test(idOf(entry)!) ? decodeEnvelope(idOf(entry)!) : entry;
        if (isObject(credential)) {
          const child = visit(credential, "credential", depth + 1, "Credential");
          if (child) addEdge(id, child, "verifiableCredential");
        }
      }
      linkProperty(id, "holder", value.holder, depth);
      return id;
    }
    if (kind === "credential") {
      linkProperty(id, "issuer", value.issuer, depth);
      for (const subject of asArray(value.credentialSubject ?? value["@graph"])) {
        if (!isObject(subject)) continue;
        const child = visit(subject, "subject", depth + 1, "Subject");
        if (child) addEdge(id, child, "credentialSubject");
      }
      return id;
    }
    for (const [key, propertyValue] of Object.entries(value)) {
      if (SKIPPED_KEYS.has(key)) continue;
      linkProperty(id, localName(key), propertyValue, depth);
    }
    return id;
  };

  const linkProperty = (from: string, label: string, value: unknown, depth: number) => {
    for (const item of asArray(value)) {
      if (typeof item === "string") {
        if (IRI.test(item) && addNode(item, "link", shortIri(item), depth + 1)) addEdge(from, item, label);
        continue;
      }
      if (!isObject(item) || "@value" in item) continue;
      const keys = Object.keys(item).filter((key) => key !== "@context");
      const id = idOf(item);
      // `{ "id": "…" }` alone is a reference: a link, not a nested description.
      if (id && keys.every((key) => key === "id" || key === "@id")) {
        if (addNode(id, "link", shortIri(id), depth + 1)) addEdge(from, id, label);
        continue;
      }
      const child = visit(item, "node", depth + 1, label);
      if (child) addEdge(from, child, label);
    }
  };

  const document = isObject(options.document) ? options.document : null;
  if (document) {
    const root = isObject(document.vp) ? document.vp : isObject(document.vc) ? document.vc : document;
    const isPresentation =
      typesOf(root).some((type) => localName(type) === "VerifiablePresentation") || ("verifiableCredential" in root && !("credentialSubject" in root));
    visit(root, isPresentation ? "presentation" : "credential", 0, isPresentation ? "Presentation" : "Credential");
  }
  const shown = [...edges.values()].filter((edge) => nodes.has(edge.from) && nodes.has(edge.to));
  return { nodes: [...nodes.values()], edges: shown, omittedNodes: omitted.size };
}
