"use client";

import { useLocale, useTranslations } from "next-intl";
import { EHDS_PURPOSES, RECIPIENT_TYPES } from "@/lib/vocabulary";
import { regionNames } from "./region-names";

// The service offering wizard's offer: for which purposes of use the service can be requested, for how
// long, where and by whom. Controlled by the wizard, so preview and live lint include it.

export interface ServiceOfferTerms {
  offerPurposes: string[];
  offerMaxDurationDays: string;
  offerRegions: string;
  offerRecipientTypes: string[];
}

export const EMPTY_SERVICE_OFFER: ServiceOfferTerms = { offerPurposes: [], offerMaxDurationDays: "", offerRegions: "", offerRecipientTypes: [] };

export function serviceOfferToFormInput(terms: ServiceOfferTerms) {
  return {
    offerPurposes: terms.offerPurposes,
    offerMaxDurationDays: terms.offerMaxDurationDays.trim() || undefined,
    offerRegions: terms.offerRegions.split(/[\s,]+/).filter(Boolean),
    offerRecipientTypes: terms.offerRecipientTypes,
  };
}

const control = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-normal";

export function ServiceOfferTermsFields({ terms, onChange }: { terms: ServiceOfferTerms; onChange: (terms: ServiceOfferTerms) => void }) {
  const t = useTranslations("publish");
  const locale = useLocale();
  const named = regionNames(terms.offerRegions, locale, t("fields.eea"));
  const toggle = (field: "offerPurposes" | "offerRecipientTypes", id: string) =>
    onChange({ ...terms, [field]: terms[field].includes(id) ? terms[field].filter((item) => item !== id) : [...terms[field], id] });
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("serviceOffer.legend")}</legend>
      <p className="text-xs text-slate-600">{t("serviceOffer.hint")}</p>
      <fieldset>
        <legend className="text-sm font-medium">{t("fields.purposes")}</legend>
        {EHDS_PURPOSES.map(({ id, label }) => (
          <label key={id} className="mt-1 flex items-center gap-2 text-sm font-normal">
            <input type="checkbox" name="offerPurposes" value={id} checked={terms.offerPurposes.includes(id)} onChange={() => toggle("offerPurposes", id)} />
            {label[locale]}
          </label>
        ))}
      </fieldset>
      <label className="text-sm font-medium">
        {t("fields.maxDuration")}
        <input
          name="offerMaxDurationDays"
          type="number"
          min={1}
          max={3650}
          value={terms.offerMaxDurationDays}
          onChange={(event) => onChange({ ...terms, offerMaxDurationDays: event.target.value })}
          className={control}
        />
      </label>
      <label className="text-sm font-medium">
        {t("serviceOffer.regions")}
        <input
          name="offerRegions"
          value={terms.offerRegions}
          onChange={(event) => onChange({ ...terms, offerRegions: event.target.value })}
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
        <legend className="text-sm font-medium">{t("serviceOffer.recipients")}</legend>
        {RECIPIENT_TYPES.map(({ id, label }) => (
          <label key={id} className="mt-1 flex items-center gap-2 text-sm font-normal">
            <input
              type="checkbox"
              name="offerRecipientTypes"
              value={id}
              checked={terms.offerRecipientTypes.includes(id)}
              onChange={() => toggle("offerRecipientTypes", id)}
            />
            {label[locale].charAt(0).toUpperCase() + label[locale].slice(1)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
