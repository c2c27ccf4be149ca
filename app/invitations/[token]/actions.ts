"use server";

import { signIn } from "@/app/auth";
import { formValues, translatedFormState, type FormState } from "@/app/_lib/form-state";
import { acceptInvitation } from "@/lib/participants/accept-invitation";

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["secret", "name"]);
  const password = String(formData.get("password") ?? "");
  let email: string;
  try {
    const { user } = await acceptInvitation({ secret: values.secret ?? "", input: { name: values.name ?? "", password } });
    email = user.email;
  } catch (error) {
    return translatedFormState(error, { name: values.name ?? "" });
  }
  await signIn("credentials", { email, password, redirectTo: "/organisation" });
  return {};
}
