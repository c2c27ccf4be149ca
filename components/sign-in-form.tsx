"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function SignInForm({ action, next }: { action: (state: FormState, data: FormData) => Promise<FormState>; next: string }) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("auth.signIn");
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.error} />
      <input type="hidden" name="next" value={next} />
      <FormField name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={state.values?.email} />
      <FormField name="password" label={t("password")} type="password" autoComplete="current-password" required />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
