"use client";

import { useActionState, useMemo, useState } from "react";
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

const same = (values: readonly string[]) => values.map((value) => [value, value] as const);

/** A service offering → its Gaia-X 22.10 credential, linted live, signed with the organisation's key. */
export function ServiceOfferingWizard({ action, did }: { action: (state: FormState, data: FormData) => Promise<FormState>; did: string }) {
  const [state, formAction] = useActionState(action, {});
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
    <WizardLayout formAction={formAction} error={state.error} lint={lint} what="service offering" credential={credential}>
      <input type="hidden" name="subjectId" value={subjectId} />
      <WizardInput {...field("name")} label="Service name" required />
      <WizardTextArea {...field("description")} label="What the service does" />
      <WizardInput {...field("keywords")} label="Keywords (comma-separated)" />
      <WizardInput
        {...field("providedBy")}
        label="Provided by (DID or participant credential)"
        hint="Your organisation's DID unless another participant provides the service."
      />
      <WizardTextArea {...field("policy")} label="Access and usage policy" hint="Plain words or a policy language (ODRL, Rego)." rows={3} />
      <WizardInput {...field("termsUrl")} label="Terms and conditions URL" type="url" placeholder="https://example.org/terms.pdf" />
      <WizardInput {...field("termsHash")} label="Terms and conditions SHA-256" hint="The hex SHA-256 of the document at that URL, e.g. from sha256sum." />
      <div className="grid gap-4 sm:grid-cols-2">
        <WizardSelect {...field("requestType")} label="How customers request their data" options={same(REQUEST_TYPES)} />
        <WizardSelect {...field("accessType")} label="Data export access" options={same(ACCESS_TYPES)} />
        <WizardInput {...field("formatType")} label="Export format (media type)" />
        <WizardSelect {...field("dataProtectionRegime")} label="Data protection regime" options={same(DATA_PROTECTION_REGIMES)} />
      </div>
      <WizardInput {...field("endpointUrl")} label="Endpoint URL (optional)" type="url" />
      <ServiceOfferTermsFields terms={offer} onChange={setOffer} />
    </WizardLayout>
  );
}
