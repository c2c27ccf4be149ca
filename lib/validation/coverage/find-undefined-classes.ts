import type { Store } from "n3";

import { RDF_TYPE } from "../namespaces";
import { localName, renderTerm } from "../shacl/render-terms";
import type { CompiledShapes } from "../shapes/create-shapes-registry";
import type { ValidationResult } from "../types";

export const UNDEFINED_CLASS = "validation:UndefinedClass";

/**
 * A type in a trust framework's own namespace that its ontology does not define (`gx:Foo`) is an
 * error: no shape targets it, so it would otherwise pass unchecked, and no other party can read it.
 */
export function findUndefinedClasses(options: { store: Store; compiled: CompiledShapes[] }): ValidationResult[] {
  const results: ValidationResult[] = [];
  for (const compiled of options.compiled) {
    const namespace = compiled.definition.vocabularyNamespace;
    if (!namespace) continue;
    for (const quad of options.store.getQuads(null, RDF_TYPE, null, null)) {
      const type = quad.object.value;
      if (!type.startsWith(namespace) || compiled.index.definedClasses.has(type)) continue;
      results.push({
        severity: "Violation",
        focusNode: renderTerm(quad.subject) ?? "",
        path: RDF_TYPE,
        value: type,
        message: `${localName(type)} is not a class of the ${compiled.definition.id} ontology: use a class it defines (namespace ${namespace})`,
        sourceShape: compiled.definition.id,
        sourceConstraint: UNDEFINED_CLASS,
      });
    }
  }
  return results;
}
