import type { Store } from "n3";
import type { ShaclEnginePathStep, ShaclEngineResult } from "shacl-engine/Validator.js";

import type { CompiledShapes } from "../shapes/create-shapes-registry";
import type { Severity, ValidationResult } from "../types";
import { describeResult } from "./describe-result";
import { localName, renderPath, renderTerm } from "./render-terms";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const NODE_COMPONENT = "http://www.w3.org/ns/shacl#NodeConstraintComponent";

export interface RunShaclOptions {
  compiled: CompiledShapes;
  data: Store;
}

interface Outer {
  focusNode: string;
  path: ShaclEnginePathStep[];
  label: string;
}

function severityOf(result: ShaclEngineResult): Severity {
  const name = localName(result.severity.value);
  return name === "Warning" ? "Warning" : name === "Info" ? "Info" : "Violation";
}

// Reports name a node by its class ("LegalParticipant needs a legalAddress"); fall back to plain words.
function classLabel(data: Store, focusNode: string): string {
  const types = data.getObjects(focusNode.startsWith("_:") ? focusNode : focusNode, RDF_TYPE, null).map((type) => localName(type.value));
  return types.sort()[0] ?? "This node";
}

function isReportable(result: ShaclEngineResult): boolean {
  // Debug and trace entries only appear with debug options; keep the three SHACL severities.
  return /#(Violation|Warning|Info)$/.test(result.severity.value);
}

/**
 * Runs one compiled shape set over the data graph. A failed sh:node is replaced by the nested findings,
 * re-anchored on the outer node with the outer property first, so people read
 * "legalAddress needs a countrySubdivisionCode" instead of "value does not have shape PostalAddressShape".
 */
export async function runShacl(options: RunShaclOptions): Promise<ValidationResult[]> {
  const { compiled, data } = options;
  const report = await compiled.validator.validate({ dataset: data });
  const results: { result: ValidationResult; key: string; nested: boolean }[] = [];

  const visit = (result: ShaclEngineResult, outer: Outer | null) => {
    if (!isReportable(result)) return;
    const component = result.constraintComponent.value;
    const ownPath = result.path ?? [];
    const focusNode = outer?.focusNode ?? renderTerm(result.focusNode.term) ?? "";
    const fullPath = [...(outer?.path ?? []), ...ownPath];
    const nested = result.results.filter(isReportable);
    if (component === NODE_COMPONENT && nested.length > 0) {
      const label = ownPath.length > 0 ? (renderPath(ownPath.slice(-1), "words") ?? "value") : (outer?.label ?? classLabel(data, focusNode));
      for (const child of nested) visit(child, { focusNode, path: fullPath, label });
      return;
    }
    const sourceShape = renderTerm(result.shape.ptr.term);
    // A missing value has no value: engines report the focus node there, which only confuses people.
    const value = component.endsWith("#MinCountConstraintComponent") ? null : renderTerm(result.value?.term);
    const key = [renderTerm(result.focusNode.term), sourceShape, component, renderPath(ownPath), value].join("|");
    results.push({
      key,
      nested: outer !== null,
      result: {
        severity: severityOf(result),
        focusNode,
        path: renderPath(fullPath),
        value,
        message: describeResult({
          constraintComponent: component,
          subjectLabel: outer?.label ?? classLabel(data, focusNode),
          pathWords: renderPath(ownPath, "words"),
          value,
          args: result.args,
          shapes: compiled.shapes,
          sourceShape,
        }),
        sourceShape,
        sourceConstraint: component,
      },
    });
  };

  for (const result of report.results) visit(result, null);
  // A nested node that is also a target in its own right (22.10 types addresses gx:legalAddress) is
  // reported twice; keep the finding anchored on the outer node, which names the real subject.
  const nestedKeys = new Set(results.filter((entry) => entry.nested).map((entry) => entry.key));
  return results.filter((entry) => entry.nested || !nestedKeys.has(entry.key)).map((entry) => entry.result);
}
