import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors/app-error";
import { formStateFromError, type FormState } from "@/app/_lib/form-state";

/**
 * A pasted JSON document, parsed at the form's boundary: a syntax error becomes a field error in words
 * ("not valid JSON: Unexpected token … at position 12"), never a 500. The words are the reader's; the
 * parser's own detail stays as the JavaScript engine gives it.
 */
export async function parseJsonField(text: string, field: string): Promise<Record<string, unknown>> {
  const t = await getTranslations("admin.json");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new AppError("INVALID_INPUT", {
      message: t("invalid"),
      invalidParams: [{ name: field, reason: t("invalidReason", { detail: (cause as Error).message }) }],
      cause,
    });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AppError("INVALID_INPUT", { message: t("notObject"), invalidParams: [{ name: field, reason: t("notObjectReason") }] });
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
