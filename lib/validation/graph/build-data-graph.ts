import jsonld from "jsonld";
import { DataFactory, Store } from "n3";
import type { Quad, Term } from "n3";

import type { DocumentLoader } from "@/lib/credentials/types";

import type { JsonObject } from "./collect-credentials";

const CREDENTIALS_NS = "https://www.w3.org/2018/credentials#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SECURITY_PROOF = "https://w3id.org/security#proof";
const CREDENTIAL_SUBJECT = `${CREDENTIALS_NS}credentialSubject`;
const ENVELOPE_TYPES = new Set([`${CREDENTIALS_NS}VerifiableCredential`, `${CREDENTIALS_NS}VerifiablePresentation`]);

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
  /** Credential subjects and top nodes of bare claims: each must be targeted by some shape. */
  subjects: Term[];
  dropped: DroppedTerm[];
  /** Every @context URL seen, for trust-framework detection. */
  contextUrls: Set<string>;
}

// The envelope (issuer, validity, status, proof, any class in the VC's own `type`) describes the
// credential, not its subject. Only the credential node's own triples are left out: a subject keeps
// every predicate, cred:* included (a Loire gx:CompliantCredential needs its cred:digestSRI).
function withoutEnvelope(quads: Quad[]): { data: Quad[]; subjects: Term[] } {
  const credentialNodes = new Set<string>();
  const subjects: Term[] = [];
  for (const quad of quads) {
    if (quad.predicate.value === CREDENTIAL_SUBJECT) {
      credentialNodes.add(termKey(quad.subject));
      subjects.push(quad.object);
    }
    if (quad.predicate.value === RDF_TYPE && ENVELOPE_TYPES.has(quad.object.value)) credentialNodes.add(termKey(quad.subject));
  }
  const proofGraphs = new Set(quads.filter((quad) => quad.predicate.value === SECURITY_PROOF).map((quad) => quad.object.value));
  const subjectKeys = new Set(subjects.map(termKey));
  const typed = new Set(quads.filter((quad) => quad.predicate.value === RDF_TYPE).map((quad) => termKey(quad.subject)));
  // GXDCH Loire credentials name the class only in the VC's `type` and leave the subject untyped; an
  // untyped subject takes the envelope's own classes, so the shapes for that class judge it.
  const envelopeClasses = quads.filter(
    (quad) => quad.predicate.value === RDF_TYPE && credentialNodes.has(termKey(quad.subject)) && !quad.object.value.startsWith(CREDENTIALS_NS),
  );
  const inherited = subjects
    .filter((subject) => !typed.has(termKey(subject)))
    .flatMap((subject) => envelopeClasses.map((quad) => DataFactory.quad(subject as Quad["subject"], quad.predicate, quad.object)));
  const data = quads.filter((quad) => {
    if (proofGraphs.has(quad.graph.value)) return false;
    const key = termKey(quad.subject);
    if (!credentialNodes.has(key)) return true;
    // Credential id == subject id (common in 22.10 examples): the node is both, so only the
    // envelope vocabulary can be told apart and left out.
    return subjectKeys.has(key) && !isEnvelopeVocabulary(quad);
  });
  return { data: [...data, ...inherited], subjects };
}

function isEnvelopeVocabulary(quad: Quad): boolean {
  if (quad.predicate.value === SECURITY_PROOF || quad.predicate.value.startsWith(CREDENTIALS_NS)) return true;
  return quad.predicate.value === RDF_TYPE && quad.object.value.startsWith(CREDENTIALS_NS);
}

function termKey(term: Term): string {
  return `${term.termType}:${term.value}`;
}

// Top nodes of a bare claim: subjects no other triple of the claim points at (all subjects if it is a cycle).
function claimRoots(quads: Quad[]): Term[] {
  const objects = new Set(quads.map((quad) => termKey(quad.object)));
  const subjects = new Map(quads.map((quad) => [termKey(quad.subject), quad.subject]));
  const roots = [...subjects.entries()].filter(([key]) => !objects.has(key)).map(([, term]) => term);
  return roots.length > 0 ? roots : [...subjects.values()];
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

interface JsonLdTerm {
  termType: "NamedNode" | "BlankNode" | "Literal" | "DefaultGraph";
  value: string;
  datatype?: { value: string };
  language?: string;
}

interface JsonLdQuad {
  subject: JsonLdTerm;
  predicate: JsonLdTerm;
  object: JsonLdTerm;
  graph: JsonLdTerm;
}

async function toQuads(document: JsonObject, index: number, documentLoader: DocumentLoader, dropped: DroppedTerm[], labelPrefix: string): Promise<Quad[]> {
  const eventHandler = ({ event, next }: JsonLdEvent) => {
    const detail = DROP_EVENTS[event.code];
    if (detail) dropped.push({ code: event.code, term: String(event.details?.[detail] ?? "") });
    next();
  };
  // jsonld's own quads, turned into n3 terms directly (no N-Quads text written and parsed again).
  // Blank node labels restart at _:b0 for every document: prefix them so documents never collide.
  const dataset = (await jsonld.toRDF(document, { documentLoader, eventHandler })) as unknown as JsonLdQuad[];
  const prefix = `${labelPrefix}${index}_`;
  const term = (value: JsonLdTerm): Term => {
    if (value.termType === "NamedNode") return DataFactory.namedNode(value.value);
    if (value.termType === "BlankNode") return DataFactory.blankNode(`${prefix}${value.value.replace(/^_:/, "")}`);
    if (value.termType === "DefaultGraph") return DataFactory.defaultGraph();
    return DataFactory.literal(value.value, value.language || (value.datatype ? DataFactory.namedNode(value.datatype.value) : undefined));
  };
  return dataset.map((quad) =>
    DataFactory.quad(
      term(quad.subject) as Quad["subject"],
      term(quad.predicate) as Quad["predicate"],
      term(quad.object) as Quad["object"],
      term(quad.graph) as Quad["graph"],
    ),
  );
}

/** A credential without its proof: the proof is never data, and converting it costs more than the rest. */
function withoutProof(credential: JsonObject): JsonObject {
  if (!("proof" in credential)) return credential;
  const { proof: _proof, ...rest } = credential;
  return rest;
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
    roots.push(...claimRoots(quads));
  }
  for (const [index, credential] of credentials.entries()) {
    const { data, subjects } = withoutEnvelope(await toQuads(withoutProof(credential), index, documentLoader, dropped, "c"));
    raw.addQuads(data);
    roots.push(...subjects);
  }

  const store = new Store();
  const visited = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const node = queue.shift() as Term;
    const key = termKey(node);
    if (visited.has(key)) continue;
    visited.add(key);
    for (const quad of raw.getQuads(node, null, null, null)) {
      store.addQuad(DataFactory.quad(quad.subject, quad.predicate, quad.object));
      if (quad.object.termType === "NamedNode" || quad.object.termType === "BlankNode") queue.push(quad.object);
    }
  }
  const unique = new Map(roots.map((root) => [termKey(root), root]));
  return { store, subjects: [...unique.values()], dropped, contextUrls: collectContextUrls([...credentials, ...claims], new Set()) };
}
