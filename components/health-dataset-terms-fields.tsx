"use client";

import { useLocale, useTranslations } from "next-intl";
import { DUTIES, PROHIBITED_ACTIONS, RECIPIENT_TYPES, type Term } from "@/lib/vocabulary";
import type { HealthDatasetTerms } from "./health-dataset-terms";
import { regionNames } from "./region-names";

type ListField = "offerRecipientTypes" | "offerProhibitions" | "offerObligations";

const control = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-normal";

/** The publish wizard's offer terms and its consent-based data section (controlled by the wizard). */
export function HealthDatasetTermsFields({ terms, onChange }: { terms: HealthDatasetTerms; onChange: (terms: HealthDatasetTerms) => void }) {
  const t = useTranslations("publish");
  const locale = useLocale();
  const set = <K extends keyof HealthDatasetTerms>(field: K, value: HealthDatasetTerms[K]) => onChange({ ...terms, [field]: value });
  const toggle = (field: ListField, id: string) => set(field, terms[field].includes(id) ? terms[field].filter((item) => item !== id) : [...terms[field], id]);
  const checkboxes = (field: ListField, options: readonly Term[], words: (label: string) => string = (label) => label) =>
    options.map((option) => (
      <label key={option.id} className="mt-1 flex items-center gap-2 text-sm font-normal">
        <input type="checkbox" name={field} value={option.id} checked={terms[field].includes(option.id)} onChange={() => toggle(field, option.id)} />
        {words(option.label[locale])}
      </label>
    ));
  const named = regionNames(terms.offerRegions, locale, t("fields.eea"));

  return (
    <>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("terms.offerLegend")}</legend>
        <p className="text-xs text-slate-600">{t("terms.offerHint")}</p>
        <label className="text-sm font-medium">
          {t("fields.maxDuration")}
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
          {t("terms.regions")}
          <input
            name="offerRegions"
            value={terms.offerRegions}
            onChange={(event) => set("offerRegions", event.target.value)}
            className={control}
            placeholder="EU"
            aria-describedby={named.length ? "offerRegions-names" : undefined}
          />
        </label>
        {named.length ? (
          <p id="offerRegions-names" className="-mt-2 text-xs text-slate-600">
            {t("fields.regionsNamed", { regions: named.join(", ") })}
          </p>
        ) : null}
        <fieldset>
          <legend className="text-sm font-medium">{t("terms.recipients")}</legend>
          {checkboxes("offerRecipientTypes", RECIPIENT_TYPES, (words) => words.charAt(0).toUpperCase() + words.slice(1))}
        </fieldset>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="offerPseudonymisationRequired"
            checked={terms.offerPseudonymisationRequired}
            onChange={(event) => set("offerPseudonymisationRequired", event.target.checked)}
          />
          {t("terms.pseudonymisationRequired")}
        </label>
        <fieldset>
          <legend className="text-sm font-medium">{t("terms.prohibitions")}</legend>
          {checkboxes("offerProhibitions", PROHIBITED_ACTIONS)}
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{t("terms.duties")}</legend>
          {checkboxes("offerObligations", DUTIES)}
        </fieldset>
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("terms.consentLegend")}</legend>
        <p className="text-xs text-slate-600">{t("terms.consentHint")}</p>
        <label className="text-sm font-medium">
          {t("terms.consentParticipants")}
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
          {t("terms.dataTrustee")}
          <input name="dataTrustee" value={terms.dataTrustee} onChange={(event) => set("dataTrustee", event.target.value)} className={control} />
        </label>
      </fieldset>
    </>
  );
}
