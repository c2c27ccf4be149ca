import { DataFactory, Store } from "n3";
import type { Quad } from "n3";

// shacl-engine builds its report through an RDF/JS factory that also makes datasets; n3 gives both.
export const rdfFactory = {
  ...DataFactory,
  dataset: (quads?: Quad[]) => new Store(quads),
};
