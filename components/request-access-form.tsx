"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export interface RequestableOffer {
  id: string;
  label: string;
  /** [id, words] of the purposes the offer permits. */
  purposes: (readonly [string, string])[];
  maxDurationDays: number;
}

const control = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-normal";

/** Choose an offer, a purpose it permits and a duration within it; the provider then answers. */
export function RequestAccessForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  hash: string;
  offers: RequestableOffer[];
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("entry.form");
  const [state, formAction] = useActionState(props.action, {});
  const [offerId, setOfferId] = useState(state.values?.offerId || props.offers[0]!.id);
  const offer = props.offers.find((candidate) => candidate.id === offerId) ?? props.offers[0]!;
  const errors = state.fieldErrors ?? {};
  const note = (name: string) =>
    errors[name] ? (
      <span id={`request-${name}-error`} className="mt-1 block text-sm font-normal text-red-700">
        {errors[name]}
      </span>
    ) : null;
  const described = (name: string) => (errors[name] ? `request-${name}-error` : undefined);

  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" data-testid="request-access-form">
      <FormMessage message={state.error} />
      <input type="hidden" name="selfDescriptionHash" value={props.hash} />
      {props.offers.length > 1 ? (
        <label className="text-sm font-medium">
          {t("offer")}
          <select name="offerId" value={offerId} onChange={(event) => setOfferId(event.target.value)} className={control}>
            {props.offers.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="offerId" value={offer.id} />
      )}
      {props.organisations.length > 1 ? (
        <label className="text-sm font-medium">
          {t("requestFor")}
          <select name="consumerParticipantId" defaultValue={state.values?.consumerParticipantId} className={control}>
            {props.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="consumerParticipantId" value={props.organisations[0]?.id ?? ""} />
      )}
      <label className="text-sm font-medium">
        {t("purpose")}
        <select
          key={offer.id}
          name="purpose"
          defaultValue={state.values?.purpose}
          aria-invalid={errors.purpose ? true : undefined}
          aria-describedby={described("purpose")}
          className={control}
        >
          {offer.purposes.map(([id, words]) => (
            <option key={id} value={id}>
              {words}
            </option>
          ))}
        </select>
        {note("purpose")}
      </label>
      <label className="text-sm font-medium">
        {t("duration")}
        <input
          key={offer.id}
          name="durationDays"
          type="number"
          min={1}
          max={offer.maxDurationDays}
          required
          defaultValue={state.values?.durationDays || String(Math.min(offer.maxDurationDays, 365))}
          aria-invalid={errors.durationDays ? true : undefined}
          aria-describedby={[`request-duration-hint`, described("durationDays")].filter(Boolean).join(" ")}
          className={control}
        />
        <span id="request-duration-hint" className="mt-1 block text-xs font-normal text-slate-600">
          {t("durationHint", { max: offer.maxDurationDays })}
        </span>
        {note("durationDays")}
      </label>
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
