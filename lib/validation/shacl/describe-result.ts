import type { Store } from "n3";

import { localName } from "./render-terms";

const SH = "http://www.w3.org/ns/shacl#";

// Examples that make a message actionable for the fields people most often get wrong.
const EXAMPLES: Record<string, string> = {
  countrySubdivisionCode: "such as DE-BE",
  countryCode: "such as DE",
  leiCode: "such as 529900T8BM49AURSDO55",
  vatID: "such as DE123456789",
  termsAndConditions: "(the Gaia-X terms and conditions text)",
};

const NODE_KIND_WORDS: Record<string, string> = {
  IRI: "an IRI",
  Literal: "a literal value",
  BlankNode: "a nested object without id",
  BlankNodeOrIRI: "an object or IRI",
  BlankNodeOrLiteral: "a nested object or a literal",
  IRIOrLiteral: "an IRI or a literal",
};

export interface DescribeResultOptions {
  /** Constraint component IRI, e.g. sh:MinCountConstraintComponent. */
  constraintComponent: string;
  /** Who the finding is about in words: a class name, or the outer property for nested shapes. */
  subjectLabel: string;
  /** Path in local names, or null for node-level constraints. */
  pathWords: string | null;
  value: string | null;
  args: Record<string, unknown>;
  shapes: Store;
  sourceShape: string | null;
}

function argument(args: Record<string, unknown>, name: string): string {
  const value = args[name];
  if (value && typeof value === "object" && "value" in value) return String((value as { value: unknown }).value);
  return value === undefined ? "" : String(value);
}

function shapeObject(shapes: Store, shape: string | null, predicate: string): string | null {
  if (!shape) return null;
  const subject = shape.startsWith("_:") ? `_:${shape.slice(2)}` : shape;
  const [object] = shapes.getObjects(subject, `${SH}${predicate}`, null);
  return object?.value ?? null;
}

function withExample(field: string): string {
  const example = EXAMPLES[field];
  return example ? `${field} ${example}` : field;
}

function article(word: string): string {
  return /^[aeiouAEIOU]/.test(word) ? "an" : "a";
}

/** Plain words for one SHACL result; a message authored in the shapes (sh:message) wins. */
export function describeResult(options: DescribeResultOptions): string {
  const { subjectLabel, pathWords, value, args, shapes, sourceShape } = options;
  const field = pathWords ?? subjectLabel;
  const component = localName(options.constraintComponent);
  // Authored messages win, except for a missing value: upstream 22.10 shapes reuse their format
  // message ("an ISO 3166-2 format value is expected") for sh:minCount, which misleads.
  const authored = shapeObject(shapes, sourceShape, "message");
  if (authored && component !== "MinCountConstraintComponent") {
    return authored.includes(field) ? authored : `${field}: ${authored}`;
  }
  const shown = value === null ? "" : ` "${value.length > 80 ? `${value.slice(0, 77)}...` : value}"`;
  switch (component) {
    case "MinCountConstraintComponent": {
      const min = Number(argument(args, "minCount"));
      return min > 1
        ? `${subjectLabel} needs at least ${min} values for ${withExample(field)}`
        : `${subjectLabel} needs ${article(field)} ${withExample(field)}`;
    }
    case "MaxCountConstraintComponent":
      return `${subjectLabel} allows at most ${argument(args, "maxCount")} ${field}`;
    case "DatatypeConstraintComponent":
      return `${field}${shown} must be of type ${localName(argument(args, "datatype"))}`;
    case "ClassConstraintComponent": {
      const expected = shapeObject(shapes, sourceShape, "class");
      const className = expected ? localName(expected) : "node of the required class";
      return `${field}${shown} must point to ${article(className)} ${className}`;
    }
    case "NodeKindConstraintComponent":
      return `${field}${shown} must be ${NODE_KIND_WORDS[localName(argument(args, "nodeKind"))] ?? "of another kind"}`;
    case "InConstraintComponent":
      return `${field}${shown} is not one of the allowed values (${argument(args, "in").split(", ").map(localName).slice(0, 6).join(", ")})`;
    case "PatternConstraintComponent":
      return `${field}${shown} does not match the required pattern ${argument(args, "pattern")}`;
    case "MinLengthConstraintComponent":
      return `${field}${shown} is shorter than ${argument(args, "minLength")} characters`;
    case "MaxLengthConstraintComponent":
      return `${field}${shown} is longer than ${argument(args, "maxLength")} characters`;
    case "HasValueConstraintComponent":
      return `${field} must include ${argument(args, "hasValue")}`;
    case "ClosedConstraintComponent":
      return `${field} is not allowed on ${subjectLabel} (its shape lists every allowed property)`;
    case "NodeConstraintComponent":
      return `${field}${shown} does not have the required shape ${localName(argument(args, "node"))}`;
    case "OrConstraintComponent":
    case "XoneConstraintComponent":
      return `${field}${shown} matches none of the allowed alternatives`;
    case "NotConstraintComponent":
      return `${field}${shown} has a form that is not allowed`;
    case "LanguageInConstraintComponent":
      return `${field}${shown} must use one of the languages ${argument(args, "languageIn")}`;
    case "UniqueLangConstraintComponent":
      return `${field} has more than one value in the same language`;
    default:
      return `${field}${shown} violates ${localName(options.constraintComponent)}`;
  }
}
