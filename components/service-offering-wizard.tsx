"use client";

import { useActionState, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import {
  ACCESS_TYPES,
  buildServiceOfferingCredential,
  DATA_PROTECTION_REGIMES,
  REQUEST_TYPES,
  SERVICE_OFFERING_DEFAULTS,
} from "@/lib/catalogue/build-service-offering-credential";
import { useLiveLint } from "./use-live-lint";
import { WizardLayout } from "./wizard-layout";
import { WizardInput, WizardSelect, WizardTextArea } from "./wizard-field";
import { EMPTY_SERVICE_OFFER, ServiceOfferTermsFields, serviceOfferToFormInput } from "./service-offer-terms-fields";

/** A service offering → its Gaia-X 22.10 credential, linted live, signed with the organisation's key. */
export function ServiceOfferingWizard({ action, did }: { action: (state: FormState, data: FormData) => Promise<FormState>; did: string }) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("publish");
  const [subjectId] = useState(() => `urn:uuid:${crypto.randomUUID()}`);
  const [form, setForm] = useState({
    name: "",
    description: "",
    keywords: "",
    providedBy: did,
    policy: SERVICE_OFFERING_DEFAULTS.policy as string,
    termsUrl: "",
    termsHash: "",
    requestType: SERVICE_OFFERING_DEFAULTS.requestType as string,
    accessType: SERVICE_OFFERING_DEFAULTS.accessType as string,
    formatType: SERVICE_OFFERING_DEFAULTS.formatType as string,
    dataProtectionRegime: SERVICE_OFFERING_DEFAULTS.dataProtectionRegime as string,
    endpointUrl: "",
  });
  const [offer, setOffer] = useState(EMPTY_SERVICE_OFFER);
  const credential = useMemo(() => {
    try {
      return buildServiceOfferingCredential({ ...form, ...serviceOfferToFormInput(offer) } as never, { issuer: did, subjectId });
    } catch {
      // Not yet a valid form (e.g. the name is still too short): no preview, no lint call.
      return null;
    }
  }, [form, offer, did, subjectId]);
  const lint = useLiveLint(credential);
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof typeof form) => ({
    name,
    value: form[name],
    error: errors[name],
    onChange: (value: string) => setForm((current) => ({ ...current, [name]: value })),
  });

  return (
    <WizardLayout formAction={formAction} error={state.error} lint={lint} what="service" credential={credential}>
      <input type="hidden" name="subjectId" value={subjectId} />
      <WizardInput {...field("name")} label={t("service.name")} required />
      <WizardTextArea {...field("description")} label={t("service.description")} />
      <WizardInput {...field("keywords")} label={t("fields.keywords")} />
      <WizardInput {...field("providedBy")} label={t("service.providedBy")} hint={t("service.providedByHint")} />
      <WizardTextArea {...field("policy")} label={t("service.policy")} hint={t("service.policyHint")} rows={3} />
      <WizardInput {...field("termsUrl")} label={t("service.termsUrl")} type="url" placeholder="https://example.org/terms.pdf" />
      <WizardInput {...field("termsHash")} label={t("service.termsHash")} hint={t("service.termsHashHint")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <WizardSelect
          {...field("requestType")}
          label={t("service.requestType")}
          options={REQUEST_TYPES.map((id) => [id, t(`service.requestTypes.${id}`)] as const)}
        />
        <WizardSelect
          {...field("accessType")}
          label={t("service.accessType")}
          options={ACCESS_TYPES.map((id) => [id, t(`service.accessTypes.${id}`)] as const)}
        />
        <WizardInput {...field("formatType")} label={t("service.formatType")} />
        <WizardSelect
          {...field("dataProtectionRegime")}
          label={t("service.dataProtectionRegime")}
          options={DATA_PROTECTION_REGIMES.map((id) => [id, t(`service.dataProtectionRegimes.${id}`)] as const)}
        />
      </div>
      <WizardInput {...field("endpointUrl")} label={t("service.endpointUrl")} type="url" />
      <ServiceOfferTermsFields terms={offer} onChange={setOffer} />
    </WizardLayout>
  );
}
