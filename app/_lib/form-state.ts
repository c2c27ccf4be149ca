import { getLocale, getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";
import type { FormState } from "@/components/form-state";
import { issueWords, libMessageWords, statusWords, type Translate } from "./error-words";

export type { FormState };

/** Turns what a lib function threw into a message for the form; unknown errors say nothing internal. English; see translatedFormState. */
export function formStateFromError(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof ZodError) {
    const fieldErrors = Object.fromEntries(error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message]));
    return { error: "Please correct the fields marked below.", fieldErrors, values };
  }
  if (error instanceof AppError && error.status < 500) {
    const fieldErrors = Object.fromEntries((error.invalidParams ?? []).map((param) => [param.name, param.reason]));
    return { error: error.message, fieldErrors, values };
  }
  logger.error("form action failed", { error });
  return { error: "Something went wrong on our side. Please try again.", values };
}

/**
 * As formStateFromError, in the reader's language: lib's known messages by their keys, other zod
 * issues by their kind, other AppErrors as lib wrote them (English) or by their status (German).
 */
export async function translatedFormState(error: unknown, values?: Record<string, string>): Promise<FormState> {
  const [translator, locale] = await Promise.all([getTranslations(), getLocale()]);
  const t: Translate = (key, args) => translator(key as never, args as never);
  const words = (message: string, fallback: () => string) => libMessageWords(message, { t, locale }) ?? (locale === "en" ? message : fallback());
  if (error instanceof ZodError) {
    const fieldErrors = Object.fromEntries(
      error.issues.map((issue) => [String(issue.path[0] ?? "form"), libMessageWords(issue.message, { t, locale }) ?? issueWords(issue as never, t)]),
    );
    return { error: t("auth.errors.invalid"), fieldErrors, values };
  }
  if (error instanceof AppError && error.status < 500) {
    const fieldErrors = Object.fromEntries((error.invalidParams ?? []).map((param) => [param.name, words(param.reason, () => t("auth.errors.issue.invalid"))]));
    return { error: words(error.message, () => statusWords(error.status, t)), fieldErrors, values };
  }
  logger.error("form action failed", { error });
  return { error: t("auth.errors.internal"), values };
}

export function formValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}
