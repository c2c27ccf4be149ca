import type { ValidationOutcome, ValidationResult } from "./types";

const CONTEXT = {
  sh: "http://www.w3.org/ns/shacl#",
  dlv: "https://w3id.org/dataloft/validation#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

function isIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("_:");
}

function node(value: string): { "@id": string } {
  return { "@id": value };
}

// Our paths are IRIs joined by " / " (a sequence); inverse and quantified steps stay as text.
function resultPath(path: string): unknown {
  const steps = path.split(" / ");
  if (!steps.every(isIri)) return path;
  return steps.length === 1 ? node(steps[0] as string) : { "@list": steps.map(node) };
}

function toResult(result: ValidationResult): Record<string, unknown> {
  const constraint = result.sourceConstraint ?? "";
  // Rule findings have no SHACL component; they get an IRI in the portal's validation namespace.
  const component = constraint.startsWith("http") ? constraint : `${CONTEXT.dlv}${constraint.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
  const shape = result.sourceShape ?? "";
  return {
    "@type": "sh:ValidationResult",
    "sh:resultSeverity": node(`sh:${result.severity}`),
    ...(result.focusNode ? { "sh:focusNode": isIri(result.focusNode) ? node(result.focusNode) : result.focusNode } : {}),
    ...(result.path ? { "sh:resultPath": resultPath(result.path) } : {}),
    ...(result.value !== null ? { "sh:value": result.value } : {}),
    "sh:resultMessage": { "@value": result.message, "@language": "en" },
    "sh:sourceConstraintComponent": node(component),
    ...(shape ? { "sh:sourceShape": node(isIri(shape) ? shape : `${CONTEXT.dlv}${shape}`) } : {}),
  };
}

/** The outcome as a W3C SHACL sh:ValidationReport in JSON-LD (for export and the API's report link). */
export function toShaclReportJsonLd(outcome: ValidationOutcome): Record<string, unknown> {
  return {
    "@context": CONTEXT,
    "@type": "sh:ValidationReport",
    // sh:conforms is a boolean; a "not validated" verdict is not a pass, so it reads false here and
    // the subjects nobody checked are listed in the portal's own vocabulary.
    "sh:conforms": { "@value": outcome.conforms === true ? "true" : "false", "@type": "xsd:boolean" },
    "sh:result": outcome.results.map(toResult),
    ...(outcome.conforms === null
      ? {
          "dlv:notValidated": outcome.unvalidated.map((entry) => ({
            "dlv:subject": isIri(entry.subject) ? node(entry.subject) : entry.subject,
            "dlv:type": entry.types.map(node),
          })),
        }
      : {}),
  };
}
