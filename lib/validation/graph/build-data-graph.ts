import jsonld from "jsonld";
import { DataFactory, Parser, Store } from "n3";
import type { Quad, Term } from "n3";

import type { DocumentLoader } from "@/lib/credentials/types";

import type { JsonObject } from "./collect-credentials";

const CREDENTIALS_NS = "https://www.w3.org/2018/credentials#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SECURITY_PROOF = "https://w3id.org/security#proof";
const CREDENTIAL_SUBJECT = `${CREDENTIALS_NS}credentialSubject`;

export interface BuildDataGraphOptions {
  credentials: JsonObject[];
  /** Plain JSON-LD without a credential envelope: every node is data. */
  claims: JsonObject[];
  documentLoader: DocumentLoader;
}

/** A term or id JSON-LD processing dropped or left relative: that data never reaches the shapes. */
export interface DroppedTerm {
  /** jsonld.js event code: "invalid property", "relative @id reference", "relative @type reference". */
  code: string;
  term: string;
}

export interface DataGraph {
  /** Union of every credential subject graph, in the default graph. */
  store: Store;
  dropped: DroppedTerm[];
  /** Every @context URL seen, for trust-framework detection. */
  contextUrls: Set<string>;
}

// Envelope vocabulary (issuer, validity, status, proof…) describes the credential, not its subject.
function isEnvelopeQuad(quad: Quad): boolean {
  if (quad.predicate.value === SECURITY_PROOF) return true;
  if (quad.predicate.value.startsWith(CREDENTIALS_NS)) return true;
  return quad.predicate.value === RDF_TYPE && quad.object.value.startsWith(CREDENTIALS_NS);
}

export function collectContextUrls(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectContextUrls(item, into);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "@context") {
        for (const context of Array.isArray(child) ? child : [child]) {
          if (typeof context === "string") into.add(context);
        }
      }
      collectContextUrls(child, into);
    }
  }
  return into;
}

const DROP_EVENTS: Record<string, string> = {
  "invalid property": "property",
  "relative @id reference": "id",
  "relative @type reference": "type",
};

interface JsonLdEvent {
  event: { code: string; details?: Record<string, unknown> };
  next: () => void;
}

async function toQuads(
  credential: JsonObject,
  index: number,
  documentLoader: DocumentLoader,
  dropped: DroppedTerm[],
  labelPrefix: string,
): Promise<Quad[]> {
  const eventHandler = ({ event, next }: JsonLdEvent) => {
    const detail = DROP_EVENTS[event.code];
    if (detail) dropped.push({ code: event.code, term: String(event.details?.[detail] ?? "") });
    next();
  };
  const nQuads = (await jsonld.toRDF(credential, { format: "application/n-quads", documentLoader, eventHandler })) as string;
  // Blank node labels restart at _:b0 for every credential: prefix them so credentials never collide.
  return new Parser({ format: "N-Quads", blankNodePrefix: `${labelPrefix}${index}_` }).parse(nQuads);
}

/**
 * Builds ONE data graph from every credential's subject, so a participant's registration-number
 * credential resolves by id. Only nodes reachable from a credentialSubject are kept: the envelope
 * (and any gx class in its `type`) never reaches closed shapes such as Loire's LegalPersonShape.
 */
export async function buildDataGraph(options: BuildDataGraphOptions): Promise<DataGraph> {
  const { credentials, claims, documentLoader } = options;
  const raw = new Store();
  const dropped: DroppedTerm[] = [];
  const roots: Term[] = [];
  for (const [index, claim] of claims.entries()) {
    const quads = await toQuads(claim, index, documentLoader, dropped, "k");
    raw.addQuads(quads);
    roots.push(...quads.map((quad) => quad.subject));
  }
  for (const [index, credential] of credentials.entries()) {
    raw.addQuads(await toQuads(credential, index, documentLoader, dropped, "c"));
  }
  const proofGraphs = new Set(raw.getQuads(null, SECURITY_PROOF, null, null).map((quad) => quad.object.value));
  roots.push(...raw.getQuads(null, CREDENTIAL_SUBJECT, null, null).map((quad) => quad.object));

  const store = new Store();
  const visited = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const node = queue.shift() as Term;
    const key = `${node.termType}:${node.value}`;
    if (visited.has(key)) continue;
    visited.add(key);
    for (const quad of raw.getQuads(node, null, null, null)) {
      if (proofGraphs.has(quad.graph.value) || isEnvelopeQuad(quad)) continue;
      store.addQuad(DataFactory.quad(quad.subject, quad.predicate, quad.object));
      if (quad.object.termType === "NamedNode" || quad.object.termType === "BlankNode") queue.push(quad.object);
    }
  }
  return { store, dropped, contextUrls: collectContextUrls(credentials, new Set()) };
}
