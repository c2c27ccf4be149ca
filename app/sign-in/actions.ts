"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/app/auth";
import { formValues, type FormState } from "@/app/_lib/form-state";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const next = String(formData.get("next") ?? "/organisation");
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/organisation",
    });
    return {};
  } catch (error) {
    // A successful sign-in redirects by throwing; only Auth.js's own errors are a failed sign-in.
    if (error instanceof AuthError) return { error: (await getTranslations("auth"))("signIn.failed"), values };
    throw error;
  }
}
