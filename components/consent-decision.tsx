"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { MoveForm } from "./move-form";

/**
 * A consent decision in two steps: the button opens a confirmation that says in words what the
 * decision means; only "Yes, …" posts it.
 */
export function ConsentDecision(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  consentId: string;
  /** "Grant consent", "Refuse consent", "Withdraw consent". */
  label: string;
  /** The button that posts it: "Yes, grant consent". */
  yesLabel: string;
  confirmation: string;
  withReason?: boolean;
  tone?: "primary" | "danger";
}) {
  const [open, setOpen] = useState(false);
  const t = useTranslations("consent.decision");
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className={`rounded px-4 py-2 text-sm font-medium ${props.tone === "danger" ? "border border-red-400 text-red-800 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800"}`}
      >
        {props.label}…
      </button>
    );
  }
  return (
    <div role="group" aria-label={t("confirm", { label: props.label })} className="flex w-full flex-col gap-2 rounded border border-slate-300 bg-slate-50 p-3">
      <p className="text-sm text-slate-900">{props.confirmation}</p>
      <MoveForm action={props.action} hidden={{ consentId: props.consentId }} label={props.yesLabel} tone={props.tone}>
        {props.withReason ? (
          <label className="flex flex-col text-sm font-medium">
            {t("reason")}
            <input name="reason" maxLength={500} className="mt-1 w-full max-w-sm rounded border border-slate-400 bg-white px-3 py-2 font-normal" />
          </label>
        ) : null}
      </MoveForm>
      <div>
        <button type="button" onClick={() => setOpen(false)} className="text-sm text-slate-700 underline">
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
