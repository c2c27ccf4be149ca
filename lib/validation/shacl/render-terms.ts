import type { Term } from "@rdfjs/types";
import type { ShaclEnginePathStep } from "shacl-engine/Validator.js";

/** IRIs as they are; blank nodes as `_:label`; literals by their lexical form. */
export function renderTerm(term: Term | undefined | null): string | null {
  if (!term) return null;
  return term.termType === "BlankNode" ? `_:${term.value}` : term.value;
}

/** The last segment of an IRI (after # or /), for plain-language messages. */
export function localName(iri: string): string {
  const match = /[^#/:]+$/.exec(iri.replace(/[#/]+$/, ""));
  return match ? match[0] : iri;
}

const QUANTIFIER_SUFFIX = { one: "", oneOrMore: "+", zeroOrMore: "*", zeroOrOne: "?" } as const;

function renderStep(step: ShaclEnginePathStep, name: (iri: string) => string): string {
  const predicates = step.predicates.map((predicate) => name(predicate.value));
  const body = predicates.length > 1 ? `(${predicates.join(" | ")})` : (predicates[0] ?? "");
  return `${step.start === "object" ? "^" : ""}${body}${QUANTIFIER_SUFFIX[step.quantifier]}`;
}

/** SHACL path as IRIs joined by " / " (machine form) or local names (message form). */
export function renderPath(path: ShaclEnginePathStep[] | null | undefined, form: "iri" | "words" = "iri"): string | null {
  if (!path || path.length === 0) return null;
  return path.map((step) => renderStep(step, form === "iri" ? (iri) => iri : localName)).join(" / ");
}
