"use server";

import { signIn } from "@/app/auth";
import { formValues, translatedFormState, type FormState } from "@/app/_lib/form-state";
import { getEnv } from "@/lib/env";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";

const FIELDS = ["kind", "legalName", "countryCode", "name", "email"];

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  try {
    await signUpParticipant({
      input: { ...values, password: String(formData.get("password") ?? "") } as never,
      publicUrl: getEnv().publicUrl,
    });
  } catch (error) {
    return translatedFormState(error, values);
  }
  // Signed in straight away; signIn redirects by throwing, so it stays outside the try.
  await signIn("credentials", { email: values.email, password: formData.get("password"), redirectTo: "/organisation" });
  return {};
}
