import type { Store, Term } from "n3";

import { RDF_TYPE } from "../namespaces";
import { renderTerm } from "../shacl/render-terms";
import type { ShapesIndex } from "../shapes/index-shapes";
import type { UnvalidatedSubject } from "../types";

export interface FindUnvalidatedSubjectsOptions {
  store: Store;
  /** Credential subjects / claim roots; for a plain graph, defaults to the nodes nothing points at. */
  subjects?: Term[];
  /** Indexes of the shape sets that judged the graph. */
  indexes: ShapesIndex[];
}

function isTargeted(store: Store, node: Term, index: ShapesIndex): boolean {
  if (store.getObjects(node, RDF_TYPE, null).some((type) => index.targetClasses.has(type.value))) return true;
  if (index.targetNodes.has(node.value)) return true;
  if (store.getQuads(node, null, null, null).some((quad) => index.targetSubjectsOf.has(quad.predicate.value))) return true;
  return store.getQuads(null, null, node, null).some((quad) => index.targetObjectsOf.has(quad.predicate.value));
}

// Top nodes of a plain graph: subjects nothing points at (none when every node is in a cycle, as in a
// catalogue whose datasets point back with dct:isPartOf).
function defaultSubjects(store: Store): Term[] {
  const pointedAt = new Set(store.getObjects(null, null, null).map((term) => `${term.termType}:${term.value}`));
  return store.getSubjects(null, null, null).filter((term) => !pointedAt.has(`${term.termType}:${term.value}`));
}

/**
 * A subject no active shape targets was never checked: reporting it as conforming would pass what
 * nobody looked at (a made-up type, a vocabulary we have no shapes for).
 */
export function findUnvalidatedSubjects(options: FindUnvalidatedSubjectsOptions): UnvalidatedSubject[] {
  const { store, indexes } = options;
  const subjects = options.subjects ?? defaultSubjects(store);
  const unvalidated: UnvalidatedSubject[] = [];
  const seen = new Set<string>();
  for (const subject of subjects) {
    const name = renderTerm(subject) ?? subject.value;
    if (seen.has(name)) continue;
    seen.add(name);
    if (indexes.some((index) => isTargeted(store, subject, index))) continue;
    const types = store
      .getObjects(subject, RDF_TYPE, null)
      .map((type) => type.value)
      .sort();
    unvalidated.push({ subject: name, types });
  }
  return unvalidated.sort((left, right) => (left.subject < right.subject ? -1 : left.subject > right.subject ? 1 : 0));
}
