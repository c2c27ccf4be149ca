"use client";

import { useActionState, useMemo, useState } from "react";
import type { FormState } from "./form-state";
import { buildLegalPersonCredential, REGISTRATION_KINDS } from "@/lib/catalogue/build-legal-person-credential";
import { useLiveLint } from "./use-live-lint";
import { WizardLayout } from "./wizard-layout";
import { WizardInput, WizardSelect, WizardTextArea } from "./wizard-field";

/** The organisation itself → its Gaia-X Loire LegalPerson credential, linted live, signed with its key. */
export function LegalPersonWizard({
  action,
  did,
  legalName,
  countryCode,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  did: string;
  legalName: string;
  countryCode: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const [form, setForm] = useState({
    legalName,
    description: "",
    registrationKind: "vatID",
    registrationNumber: "",
    countryCode,
    streetAddress: "",
    postalCode: "",
    locality: "",
    headquartersCountryCode: "",
    headquartersLocality: "",
  });
  const credential = useMemo(() => {
    try {
      return buildLegalPersonCredential(form as never, { issuer: did, subjectId: `${did}#legal-person` });
    } catch {
      return null;
    }
  }, [form, did]);
  const lint = useLiveLint(credential);
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof typeof form) => ({
    name,
    value: form[name],
    error: errors[name],
    onChange: (value: string) => setForm((current) => ({ ...current, [name]: value })),
  });

  return (
    <WizardLayout formAction={formAction} error={state.error} lint={lint} what="participant" credential={credential}>
      <WizardInput {...field("legalName")} label="Legal name" required />
      <WizardTextArea {...field("description")} label="About the organisation" />
      <div className="grid gap-4 sm:grid-cols-2">
        <WizardSelect {...field("registrationKind")} label="Registration number type" options={REGISTRATION_KINDS} />
        <WizardInput
          {...field("registrationNumber")}
          label="Registration number"
          hint="Self-declared here; a notary's credential can be published beside it."
        />
      </div>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-sm font-semibold">Legal address</legend>
        <WizardInput {...field("streetAddress")} label="Street and number" />
        <div className="grid gap-4 sm:grid-cols-3">
          <WizardInput {...field("postalCode")} label="Postal code" />
          <WizardInput {...field("locality")} label="City" />
          <WizardInput {...field("countryCode")} label="Country (two letters)" />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-sm font-semibold">Headquarters, if elsewhere</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <WizardInput {...field("headquartersLocality")} label="Headquarters city" />
          <WizardInput {...field("headquartersCountryCode")} label="Headquarters country (two letters)" />
        </div>
      </fieldset>
    </WizardLayout>
  );
}
