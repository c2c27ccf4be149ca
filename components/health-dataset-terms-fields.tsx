"use client";

import { DUTIES, PROHIBITED_ACTIONS, RECIPIENT_TYPES, type Term } from "@/lib/vocabulary";
import type { HealthDatasetTerms } from "./health-dataset-terms";

type ListField = "offerRecipientTypes" | "offerProhibitions" | "offerObligations";

const control = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-normal";

/** The publish wizard's offer terms and its consent-based data section (controlled by the wizard). */
export function HealthDatasetTermsFields({ terms, onChange }: { terms: HealthDatasetTerms; onChange: (terms: HealthDatasetTerms) => void }) {
  const set = <K extends keyof HealthDatasetTerms>(field: K, value: HealthDatasetTerms[K]) => onChange({ ...terms, [field]: value });
  const toggle = (field: ListField, id: string) => set(field, terms[field].includes(id) ? terms[field].filter((item) => item !== id) : [...terms[field], id]);
  const checkboxes = (field: ListField, options: readonly Term[], words: (label: string) => string = (label) => label) =>
    options.map((option) => (
      <label key={option.id} className="mt-1 flex items-center gap-2 text-sm font-normal">
        <input type="checkbox" name={field} value={option.id} checked={terms[field].includes(option.id)} onChange={() => toggle(field, option.id)} />
        {words(option.label.en)}
      </label>
    ));

  return (
    <>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Offer: terms of use</legend>
        <p className="text-xs text-slate-600">Leave these empty to offer use for the purposes above without further limits.</p>
        <label className="text-sm font-medium">
          Maximum duration of use in days
          <input
            name="offerMaxDurationDays"
            type="number"
            min={1}
            max={3650}
            value={terms.offerMaxDurationDays}
            onChange={(event) => set("offerMaxDurationDays", event.target.value)}
            className={control}
          />
        </label>
        <label className="text-sm font-medium">
          Regions where the data may be used (EU, EEA or country codes, comma-separated)
          <input
            name="offerRegions"
            value={terms.offerRegions}
            onChange={(event) => set("offerRegions", event.target.value)}
            className={control}
            placeholder="EU"
          />
        </label>
        <fieldset>
          <legend className="text-sm font-medium">Who may use the data</legend>
          {checkboxes("offerRecipientTypes", RECIPIENT_TYPES, (words) => words.charAt(0).toUpperCase() + words.slice(1))}
        </fieldset>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="offerPseudonymisationRequired"
            checked={terms.offerPseudonymisationRequired}
            onChange={(event) => set("offerPseudonymisationRequired", event.target.checked)}
          />
          Pseudonymisation required
        </label>
        <fieldset>
          <legend className="text-sm font-medium">Prohibitions</legend>
          {checkboxes("offerProhibitions", PROHIBITED_ACTIONS)}
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">Duties of the recipient</legend>
          {checkboxes("offerObligations", DUTIES)}
        </fieldset>
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Consent-based data of citizens</legend>
        <p className="text-xs text-slate-600">
          If the dataset holds data of identified citizens who take part in this portal, with their consent as the legal basis, name them here. Every request is
          then put to each of them (or their data trustee) for consent.
        </p>
        <label className="text-sm font-medium">
          Citizens&apos; DIDs (one per line)
          <textarea
            name="consentParticipants"
            rows={2}
            value={terms.consentParticipants}
            onChange={(event) => set("consentParticipants", event.target.value)}
            className={control}
            placeholder="did:web:example.org:participants:erika"
          />
        </label>
        <label className="text-sm font-medium">
          Data trustee deciding for them (DID, optional)
          <input name="dataTrustee" value={terms.dataTrustee} onChange={(event) => set("dataTrustee", event.target.value)} className={control} />
        </label>
      </fieldset>
    </>
  );
}
