"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function SignUpForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("auth.signUp");
  const errors = state.fieldErrors ?? {};
  const kind = state.values?.kind ?? "ORGANISATION";
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.error} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">{t("iRegister")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="kind" value="ORGANISATION" defaultChecked={kind === "ORGANISATION"} /> {t("organisation")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="kind" value="CITIZEN" defaultChecked={kind === "CITIZEN"} /> {t("citizen")}
        </label>
      </fieldset>
      <FormField name="legalName" label={t("legalName")} required defaultValue={state.values?.legalName} error={errors.legalName} hint={t("legalNameHint")} />
      <FormField name="countryCode" label={t("country")} defaultValue={state.values?.countryCode} error={errors.countryCode} hint={t("countryHint")} />
      <FormField name="name" label={t("name")} autoComplete="name" required defaultValue={state.values?.name} error={errors.name} />
      <FormField name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={state.values?.email} error={errors.email} />
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
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
