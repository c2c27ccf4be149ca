"use client";

import { useActionState, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { buildLegalPersonCredential, REGISTRATION_KINDS } from "@/lib/catalogue/build-legal-person-credential";
import { useLiveLint } from "./use-live-lint";
import { WizardLayout } from "./wizard-layout";
import { WizardInput, WizardSelect, WizardTextArea } from "./wizard-field";
import { countryName } from "./region-names";

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
  const t = useTranslations("publish.participant");
  const locale = useLocale();
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

  // The code stays what is typed and signed; its name in the reader's language confirms it.
  const country = (name: "countryCode" | "headquartersCountryCode") => ({ ...field(name), hint: countryName(form[name], locale) ?? undefined });

  return (
    <WizardLayout formAction={formAction} error={state.error} lint={lint} what="participant" credential={credential}>
      <WizardInput {...field("legalName")} label={t("legalName")} required />
      <WizardTextArea {...field("description")} label={t("description")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <WizardSelect
          {...field("registrationKind")}
          label={t("registrationKind")}
          options={REGISTRATION_KINDS.map(([id]) => [id, t(`registrationKinds.${id}`)] as const)}
        />
        <WizardInput {...field("registrationNumber")} label={t("registrationNumber")} hint={t("registrationNumberHint")} />
      </div>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-sm font-semibold">{t("legalAddress")}</legend>
        <WizardInput {...field("streetAddress")} label={t("streetAddress")} />
        <div className="grid gap-4 sm:grid-cols-3">
          <WizardInput {...field("postalCode")} label={t("postalCode")} />
          <WizardInput {...field("locality")} label={t("locality")} />
          <WizardInput {...country("countryCode")} label={t("countryCode")} />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-sm font-semibold">{t("headquarters")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <WizardInput {...field("headquartersLocality")} label={t("headquartersLocality")} />
          <WizardInput {...country("headquartersCountryCode")} label={t("headquartersCountryCode")} />
        </div>
      </fieldset>
    </WizardLayout>
  );
}
