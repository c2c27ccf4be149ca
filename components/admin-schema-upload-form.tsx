"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export interface AdminSchemaUploadFormProps {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Built-in shape sets an upload may extend, as value and description. */
  profiles: { id: string; description: string }[];
}

/** Upload of a shapes document (Turtle or JSON-LD) as a new draft version. */
export function AdminSchemaUploadForm({ action, profiles }: AdminSchemaUploadFormProps) {
  const t = useTranslations("admin.schemas.upload");
  const [state, formAction] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  // Keyed by the last submission, so a failed upload keeps what was typed.
  const key = JSON.stringify(values);
  return (
    <form action={formAction} className="flex flex-col gap-4" key={key}>
      <FormMessage message={state.error} />
      <FormMessage message={state.success} tone="success" />
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="name" label={t("nameLabel")} required defaultValue={values.name} error={errors.name} hint={t("nameHint")} />
        <FormField name="version" label={t("versionLabel")} required defaultValue={values.version} error={errors.version} hint={t("versionHint")} />
        <div className="flex flex-col gap-1">
          <label htmlFor="format" className="text-sm font-medium text-slate-800">
            {t("formatLabel")}
          </label>
          <select id="format" name="format" defaultValue={values.format ?? "turtle"} className="rounded border border-slate-400 bg-white px-3 py-2">
            <option value="turtle">Turtle</option>
            <option value="jsonld">JSON-LD</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="profile" className="text-sm font-medium text-slate-800">
            {t("profileLabel")}
          </label>
          <select
            id="profile"
            name="profile"
            defaultValue={values.profile ?? "dataloft-health"}
            aria-describedby="profile-hint"
            className="rounded border border-slate-400 bg-white px-3 py-2"
          >
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.id} title={profile.description}>
                {profile.id}
              </option>
            ))}
          </select>
          <p id="profile-hint" className="text-xs text-slate-600">
            {t("profileHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="content" className="text-sm font-medium text-slate-800">
          {t("contentLabel")}
        </label>
        <textarea
          id="content"
          name="content"
          required
          rows={14}
          defaultValue={values.content}
          spellCheck={false}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby={errors.content ? "content-error" : undefined}
          className="rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
        />
        {errors.content ? (
          <p id="content-error" className="text-sm text-red-700">
            {errors.content}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pendingLabel={t("checking")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
