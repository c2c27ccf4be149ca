"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formStateFromError, formValues, type FormState } from "@/app/_lib/form-state";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { requestContract } from "@/lib/contracts/request-contract";

/** The fields the reader fills in; each has its own message when the request is refused over it. */
const FORM_FIELDS = ["offerId", "purpose", "durationDays", "consumerParticipantId"] as const;
const FIELDS = ["selfDescriptionHash", ...FORM_FIELDS];
const isFormField = (name: string): name is (typeof FORM_FIELDS)[number] => (FORM_FIELDS as readonly string[]).includes(name);

const MESSAGE_OF_CODE: Partial<Record<AppErrorCode, "fields" | "signIn" | "forbidden" | "notFound" | "notActive">> = {
  INVALID_INPUT: "fields",
  BAD_REQUEST: "fields",
  UNAUTHENTICATED: "signIn",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  CONFLICT: "notActive",
};

/**
 * The lib's errors are English (the API speaks them too); the form says them in the reader's language:
 * one sentence for what went wrong, one per marked field. Unknown errors stay generic and are logged.
 */
async function localisedFormState(error: unknown, values: Record<string, string>): Promise<FormState> {
  const state = formStateFromError(error, values);
  const t = await getTranslations("entry.errors");
  const fields = Object.keys(state.fieldErrors ?? {});
  const fieldErrors = Object.fromEntries(fields.filter(isFormField).map((name) => [name, t(name)]));
  const code = error instanceof ZodError ? "INVALID_INPUT" : error instanceof AppError && error.status < 500 ? error.code : null;
  const message =
    code === "UNPROCESSABLE"
      ? t(fields.includes("consumer.countryCode") ? "region" : fields.length ? "exceeds" : "notHere")
      : t((code && MESSAGE_OF_CODE[code]) || "unexpected");
  return { ...state, error: message, fieldErrors };
}

/** The entry page's "Request access" form: one contract request, then the contract's page. */
export async function requestAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  let contractId: string;
  try {
    const contract = await requestContract({
      actor: await getSessionActor(),
      input: {
        selfDescriptionHash: values.selfDescriptionHash ?? "",
        offerId: values.offerId ?? "",
        purpose: values.purpose as never,
        durationDays: values.durationDays ?? "",
        consumerParticipantId: values.consumerParticipantId || undefined,
      },
    });
    contractId = contract.id;
  } catch (error) {
    return localisedFormState(error, values);
  }
  redirect(`/contracts/${contractId}`);
}
