import type { ValidationResult } from "./types";

const SEVERITY_ORDER = { Violation: 0, Warning: 1, Info: 2 } as const;

function compareText(left: string | null, right: string | null): number {
  const a = left ?? "";
  const b = right ?? "";
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Deterministic order and no duplicates: the same credential with keys reordered or whitespace
 * changed yields the same list, so reports can be compared and cached by hash.
 */
export function sortResults(options: { results: ValidationResult[] }): ValidationResult[] {
  const seen = new Set<string>();
  const unique: ValidationResult[] = [];
  for (const result of options.results) {
    const key = JSON.stringify([result.severity, result.focusNode, result.path, result.value, result.sourceShape, result.sourceConstraint, result.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(result);
  }
  return unique.sort(
    (left, right) =>
      SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity] ||
      compareText(left.focusNode, right.focusNode) ||
      compareText(left.path, right.path) ||
      compareText(left.sourceConstraint, right.sourceConstraint) ||
      compareText(left.value, right.value) ||
      compareText(left.sourceShape, right.sourceShape) ||
      compareText(left.message, right.message),
  );
}
