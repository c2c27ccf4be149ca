import { ZodError } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";
import type { FormState } from "@/components/form-state";

export type { FormState };

/** Turns what a lib function threw into a message for the form; unknown errors say nothing internal. */
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

export function formValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}
