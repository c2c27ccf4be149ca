import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { formStateFromError, type FormState } from "@/app/_lib/form-state";

/**
 * A pasted JSON document, parsed at the form's boundary: a syntax error becomes a field error in words
 * ("not valid JSON: Unexpected token … at position 12"), never a 500.
 */
export function parseJsonField(text: string, field: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new AppError("INVALID_INPUT", {
      message: "The document is not valid JSON.",
      invalidParams: [{ name: field, reason: `not valid JSON: ${(cause as Error).message}` }],
      cause,
    });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AppError("INVALID_INPUT", { message: "The document must be a JSON object.", invalidParams: [{ name: field, reason: "must be a JSON object" }] });
  }
  return parsed as Record<string, unknown>;
}

/** As formStateFromError, with field names as the form has them ("body.document.@context" → "document"). */
export function registryFormState(error: unknown, values: Record<string, string>): FormState {
  const state = formStateFromError(error, values);
  const fieldErrors: Record<string, string> = {};
  for (const [name, reason] of Object.entries(state.fieldErrors ?? {})) {
    const field = name.replace(/^body\./, "").split(".")[0] ?? name;
    fieldErrors[field] ??= reason;
  }
  return { ...state, fieldErrors };
}
