"use client";

import { useActionState } from "react";
import type { FormState } from "./form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function SignUpForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const kind = state.values?.kind ?? "ORGANISATION";
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.error} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">I register</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="kind" value="ORGANISATION" defaultChecked={kind === "ORGANISATION"} /> an organisation (hospital, device maker, research
          institute…)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="kind" value="CITIZEN" defaultChecked={kind === "CITIZEN"} /> myself, as a citizen
        </label>
      </fieldset>
      <FormField
        name="legalName"
        label="Legal name"
        required
        defaultValue={state.values?.legalName}
        error={errors.legalName}
        hint="As registered, e.g. Universitätsklinikum Musterstadt; for citizens, your full name."
      />
      <FormField name="countryCode" label="Country (two letters)" defaultValue={state.values?.countryCode} error={errors.countryCode} hint="For example DE" />
      <FormField name="name" label="Your name" autoComplete="name" required defaultValue={state.values?.name} error={errors.name} />
      <FormField name="email" label="E-mail" type="email" autoComplete="email" required defaultValue={state.values?.email} error={errors.email} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        error={errors.password}
        hint="At least 12 characters."
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
