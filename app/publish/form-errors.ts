import { getTranslations } from "next-intl/server";
import { ZodError, type z } from "zod";
import { formStateFromError, type FormState } from "@/app/_lib/form-state";
import { AppError } from "@/lib/errors/app-error";

// The publish actions' failures in the reader's language. The wizards' own field rules (the builders'
// zod schemas) are named per field here; what the catalogue's pipeline says (AppError from
// lib/catalogue: verification, SHACL, conflicts) is shown as it arrives.

/** The `publish.errors` translator (getTranslations on the server, createTranslator in a script). */
export type Translate = Awaited<ReturnType<typeof getTranslations<"publish.errors">>>;

// The field of a wizard whose rule has its own sentence; other fields get the general ones.
const FIELD_MESSAGES = {
  title: "title",
  name: "name",
  legalName: "legalName",
  countryCode: "countryCode",
  headquartersCountryCode: "countryCode",
  offerRegions: "region",
  consentParticipants: "did",
  dataTrustee: "did",
} as const;

function fieldMessage(issue: z.core.$ZodIssue, t: Translate): string {
  const field = String(issue.path[0] ?? "form");
  if (issue.code === "too_big" && issue.origin === "string") return t("field.tooLong", { maximum: Number(issue.maximum) });
  if (field === "offerMaxDurationDays") return t("field.duration", { minimum: 1, maximum: 3650 });
  if (field in FIELD_MESSAGES) return t(`field.${FIELD_MESSAGES[field as keyof typeof FIELD_MESSAGES]}`);
  if (issue.code === "invalid_value") return t("field.choose");
  return t("field.invalid");
}

/** One sentence per field of the form: its first problem. */
export function fieldErrorsOf(error: ZodError, t: Translate): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= fieldMessage(issue, t);
  return fieldErrors;
}

/** What a failed publish action tells its form: as `formStateFromError`, but in the reader's language where the words are ours. */
export async function publishFormState(error: unknown, values?: Record<string, string>): Promise<FormState> {
  const t = await getTranslations("publish.errors");
  const state = formStateFromError(error, values);
  if (error instanceof ZodError) return { ...state, error: t("correctFields"), fieldErrors: fieldErrorsOf(error, t) };
  if (error instanceof AppError && error.status < 500) return state;
  return { ...state, error: t("unexpected") };
}
