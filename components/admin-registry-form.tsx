"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export interface AdminRegistryField {
  name: string;
  label: string;
  hint?: string;
  /** Multi-line, monospaced: pasted JSON or PEM. */
  multiline?: boolean;
  placeholder?: string;
}

/** One operator registry form: labelled fields, the outcome and each field's error in words. */
export function AdminRegistryForm({
  action,
  fields,
  submitLabel,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: AdminRegistryField[];
  submitLabel: string;
}) {
  const t = useTranslations("admin");
  const [state, formAction] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  // Keyed by the last submission, so a refused form keeps what was typed and a successful one is emptied.
  const key = state.success ? `ok-${state.success}` : JSON.stringify(values);
  // Errors about the whole document rather than one field still need words next to the form.
  const general = Object.entries(errors)
    .filter(([name]) => !fields.some((field) => field.name === name))
    .map(([, reason]) => reason);
  return (
    <form action={formAction} className="flex flex-col gap-4" key={key}>
      <FormMessage message={state.error} />
      <FormMessage message={state.success} tone="success" />
      {general.length ? (
        <ul className="list-disc pl-5 text-sm text-red-700">
          {general.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {fields.map((field) => {
        const describedBy =
          [field.hint ? `${field.name}-hint` : null, errors[field.name] ? `${field.name}-error` : null].filter(Boolean).join(" ") || undefined;
        const common = {
          id: field.name,
          name: field.name,
          required: true,
          defaultValue: values[field.name],
          placeholder: field.placeholder,
          "aria-invalid": errors[field.name] ? true : undefined,
          "aria-describedby": describedBy,
        };
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <label htmlFor={field.name} className="text-sm font-medium text-slate-800">
              {field.label}
            </label>
            {field.multiline ? (
              <textarea {...common} rows={10} spellCheck={false} className="rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm" />
            ) : (
              <input {...common} className="rounded border border-slate-400 bg-white px-3 py-2" />
            )}
            {field.hint ? (
              <p id={`${field.name}-hint`} className="text-xs text-slate-600">
                {field.hint}
              </p>
            ) : null}
            {errors[field.name] ? (
              <p id={`${field.name}-error`} className="text-sm text-red-700">
                {errors[field.name]}
              </p>
            ) : null}
          </div>
        );
      })}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
