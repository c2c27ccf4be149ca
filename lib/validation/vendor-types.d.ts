// Minimal typings for the untyped RDF packages used by lib/validation. Only what we call is declared.

declare module "shacl-engine/Validator.js" {
  import type { DatasetCore, Term } from "@rdfjs/types";

  /** One step of a parsed SHACL path (grapoi). */
  export interface ShaclEnginePathStep {
    predicates: Term[];
    quantifier: "one" | "oneOrMore" | "zeroOrMore" | "zeroOrOne";
    start: "subject" | "object";
    end: "subject" | "object";
  }
  export interface ShaclEnginePointer {
    term: Term | undefined;
    terms: Term[];
  }
  export interface ShaclEngineResult {
    severity: Term;
    constraintComponent: Term;
    focusNode: ShaclEnginePointer;
    path: ShaclEnginePathStep[] | null | undefined;
    value: ShaclEnginePointer | undefined;
    message: Term[];
    args: Record<string, unknown>;
    shape: { ptr: ShaclEnginePointer };
    /** Nested results (sh:node, logical constraints). */
    results: ShaclEngineResult[];
  }
  export interface ShaclEngineReport {
    conforms: boolean;
    results: ShaclEngineResult[];
  }
  export default class Validator {
    constructor(dataset: DatasetCore, options: { factory: unknown; details?: boolean; debug?: boolean });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ShaclEngineReport>;
  }
}
