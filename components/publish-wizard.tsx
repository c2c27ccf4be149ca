"use client";

import { useActionState, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { buildHealthDatasetCredential, type HealthDatasetForm } from "@/lib/catalogue/build-health-dataset-credential";
import { DEFAULT_PSEUDONYMISATION_LEVEL, EHDS_PURPOSES, PSEUDONYMISATION_LEVELS, type PurposeId } from "@/lib/vocabulary";
import type { FormState } from "./form-state";
import { useLiveLint } from "./use-live-lint";
import { WizardLayout } from "./wizard-layout";
import { EMPTY_TERMS, termsToFormInput, type HealthDatasetTerms } from "./health-dataset-terms";
import { HealthDatasetTermsFields } from "./health-dataset-terms-fields";

/** The one form: a health dataset → its Gaia-X credential, its HealthDCAT-AP view, live validation. */
export function PublishWizard({ action, did }: { action: (state: FormState, data: FormData) => Promise<FormState>; did: string }) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("publish");
  const locale = useLocale();
  const [subjectId] = useState(() => `urn:uuid:${crypto.randomUUID()}`);
  const [form, setForm] = useState<HealthDatasetForm>({
    title: "",
    description: "",
    keywords: "",
    purposes: [],
    pseudonymisation: DEFAULT_PSEUDONYMISATION_LEVEL,
    population: "",
    codingSystems: "",
  });
  const [terms, setTerms] = useState<HealthDatasetTerms>(EMPTY_TERMS);

  const credential = useMemo(() => {
    try {
      return buildHealthDatasetCredential({ ...form, ...termsToFormInput(terms) }, { issuer: did, subjectId });
    } catch {
      return null;
    }
  }, [form, terms, did, subjectId]);

  const lint = useLiveLint(credential);

  const update = (field: keyof HealthDatasetForm) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));
  const togglePurpose = (purpose: PurposeId) =>
    setForm((current) => {
      const purposes = current.purposes ?? [];
      return { ...current, purposes: purposes.includes(purpose) ? purposes.filter((p) => p !== purpose) : [...purposes, purpose] };
    });
  const input = "mt-1 w-full rounded border border-slate-400 px-3 py-2";
  const healthDcatView = (
    <section aria-labelledby="dcat-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="dcat-heading" className="font-semibold">
        {t("dataset.view.heading")}
      </h2>
      <dl className="mt-2 grid grid-cols-[9rem_1fr] gap-1">
        <dt className="text-slate-600">dct:title</dt>
        <dd>{form.title || t("wizard.empty")}</dd>
        <dt className="text-slate-600">dcat:keyword</dt>
        <dd>{form.keywords || t("wizard.empty")}</dd>
        <dt className="text-slate-600">dcat:theme</dt>
        <dd>{t("dataset.view.theme")}</dd>
        <dt className="text-slate-600">{t("dataset.view.purposes")}</dt>
        <dd>{form.purposes?.join(", ") || t("wizard.empty")}</dd>
        <dt className="text-slate-600">{t("dataset.view.pseudonymisation")}</dt>
        <dd>{form.pseudonymisation}</dd>
      </dl>
    </section>
  );

  return (
    <WizardLayout formAction={formAction} error={state.error} lint={lint} what="dataset" credential={credential} extraView={healthDcatView}>
      <input type="hidden" name="subjectId" value={subjectId} />
      <label className="text-sm font-medium">
        {t("dataset.title")}
        <input name="title" value={form.title} onChange={update("title")} className={input} required />
      </label>
      <label className="text-sm font-medium">
        {t("dataset.description")}
        <textarea name="description" value={form.description} onChange={update("description")} rows={3} className={input} />
      </label>
      <label className="text-sm font-medium">
        {t("fields.keywords")}
        <input name="keywords" value={form.keywords} onChange={update("keywords")} className={input} />
      </label>
      <fieldset>
        <legend className="text-sm font-medium">{t("fields.purposes")}</legend>
        {EHDS_PURPOSES.map(({ id, label }) => (
          <label key={id} className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="purposes" value={id} checked={form.purposes?.includes(id) ?? false} onChange={() => togglePurpose(id)} />
            {label[locale]}
          </label>
        ))}
      </fieldset>
      <label className="text-sm font-medium">
        {t("dataset.pseudonymisation")}
        <select name="pseudonymisation" value={form.pseudonymisation} onChange={update("pseudonymisation")} className={input}>
          {PSEUDONYMISATION_LEVELS.map(({ id, label }) => (
            <option key={id} value={id}>
              {label[locale]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("dataset.population")}
        <input name="population" value={form.population} onChange={update("population")} className={input} placeholder={t("dataset.populationPlaceholder")} />
      </label>
      <label className="text-sm font-medium">
        {t("dataset.codingSystems")}
        <input
          name="codingSystems"
          value={form.codingSystems}
          onChange={update("codingSystems")}
          className={input}
          placeholder="http://snomed.info/sct, http://loinc.org"
        />
      </label>
      <HealthDatasetTermsFields terms={terms} onChange={setTerms} />
    </WizardLayout>
  );
}
