"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function AcceptInvitationForm({ action, secret }: { action: (state: FormState, data: FormData) => Promise<FormState>; secret: string }) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("auth.invitation");
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.error} />
      <input type="hidden" name="secret" value={secret} />
      <FormField name="name" label={t("name")} autoComplete="name" required defaultValue={state.values?.name} error={errors.name} />
      <FormField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        error={errors.password}
        hint={t("passwordHint")}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
