import type { Store } from "n3";

import { RDF_TYPE, RDFS_SUBCLASS_OF, SH } from "../namespaces";

/** What a shapes graph can target and which classes it knows; computed once per compiled set. */
export interface ShapesIndex {
  /** Target classes of active shapes, closed over rdfs:subClassOf in the shapes graph (as shacl-engine resolves them). */
  targetClasses: Set<string>;
  targetNodes: Set<string>;
  targetSubjectsOf: Set<string>;
  targetObjectsOf: Set<string>;
  /** Classes the set's ontology declares or its shapes mention (sh:targetClass, sh:class, subclass triples). */
  definedClasses: Set<string>;
}

const TRUE_VALUES = new Set(["true", "1"]);

function isDeactivated(shapes: Store, shape: string): boolean {
  return shapes.getObjects(shape, `${SH}deactivated`, null).some((value) => TRUE_VALUES.has(value.value));
}

function subclassesOf(shapes: Store, classes: Iterable<string>): Set<string> {
  const closed = new Set<string>();
  const queue = [...classes];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    if (closed.has(current)) continue;
    closed.add(current);
    for (const sub of shapes.getSubjects(RDFS_SUBCLASS_OF, current, null)) queue.push(sub.value);
  }
  return closed;
}

function activeValues(shapes: Store, predicate: string): string[] {
  return shapes
    .getQuads(null, predicate, null, null)
    .filter((quad) => !isDeactivated(shapes, quad.subject.value))
    .map((quad) => quad.object.value);
}

/**
 * Mirrors shacl-engine's TargetResolver (sh:targetClass, implicit class targets of NodeShapes,
 * sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf), so the validator can say which focus
 * nodes no shape looked at. SPARQL targets (sh:target) are not run by our engine and are ignored.
 */
export function indexShapes(options: { shapes: Store; declaredClasses?: Iterable<string> }): ShapesIndex {
  const { shapes } = options;
  const implicit = shapes
    .getSubjects(RDF_TYPE, `${SH}NodeShape`, null)
    .map((shape) => shape.value)
    .filter((shape) => !isDeactivated(shapes, shape));
  const declared = [...activeValues(shapes, `${SH}targetClass`), ...implicit];
  const definedClasses = new Set<string>([
    ...(options.declaredClasses ?? []),
    ...shapes.getObjects(null, `${SH}targetClass`, null).map((term) => term.value),
    ...shapes.getObjects(null, `${SH}class`, null).map((term) => term.value),
  ]);
  for (const quad of shapes.getQuads(null, RDFS_SUBCLASS_OF, null, null)) {
    definedClasses.add(quad.subject.value);
    definedClasses.add(quad.object.value);
  }
  return {
    targetClasses: subclassesOf(shapes, declared),
    targetNodes: new Set(activeValues(shapes, `${SH}targetNode`)),
    targetSubjectsOf: new Set(activeValues(shapes, `${SH}targetSubjectsOf`)),
    targetObjectsOf: new Set(activeValues(shapes, `${SH}targetObjectsOf`)),
    definedClasses,
  };
}
