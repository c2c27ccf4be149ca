"use client";

import { useActionState, useEffect, useMemo, useState } from "react";
import { buildHealthDatasetCredential, PSEUDONYMISATION_LEVELS, PURPOSES, type HealthDatasetForm } from "@/lib/catalogue/build-health-dataset-credential";
import type { FormState } from "@/app/_lib/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

interface LintResult {
  severity: string;
  message: string;
  path: string | null;
}

/** The one form: a health dataset → its Gaia-X credential, its HealthDCAT-AP view, live validation. */
export function PublishWizard({ action, did }: { action: (state: FormState, data: FormData) => Promise<FormState>; did: string }) {
  const [state, formAction] = useActionState(action, {});
  const [subjectId] = useState(() => `urn:uuid:${crypto.randomUUID()}`);
  const [form, setForm] = useState<HealthDatasetForm>({ title: "", description: "", keywords: "", purposes: [], pseudonymisation: "Pseudonymised", population: "", codingSystems: "" });
  const [lint, setLint] = useState<{ conforms: boolean; results: LintResult[] } | null>(null);

  const credential = useMemo(() => {
    try {
      return buildHealthDatasetCredential(form, { issuer: did, subjectId });
    } catch {
      return null;
    }
  }, [form, did, subjectId]);

  useEffect(() => {
    if (!credential) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch("/api/v1/validation/lint", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ credential }), signal: controller.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((outcome) => outcome && setLint({ conforms: outcome.conforms, results: outcome.results }))
        .catch(() => undefined);
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [credential]);

  const update = (field: keyof HealthDatasetForm) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [field]: event.target.value }));
  const togglePurpose = (purpose: string) =>
    setForm((current) => {
      const purposes = current.purposes ?? [];
      return { ...current, purposes: purposes.includes(purpose) ? purposes.filter((p) => p !== purpose) : [...purposes, purpose] };
    });
  const violations = lint?.results.filter((result) => result.severity === "Violation") ?? [];
  const input = "mt-1 w-full rounded border border-slate-400 px-3 py-2";

  return (
    <form action={formAction} className="grid gap-6 lg:grid-cols-2">
      <div className="flex flex-col gap-4">
        <input type="hidden" name="subjectId" value={subjectId} />
        <FormMessage message={state.error} />
        <label className="text-sm font-medium">
          Title
          <input name="title" value={form.title} onChange={update("title")} className={input} required />
        </label>
        <label className="text-sm font-medium">
          Description
          <textarea name="description" value={form.description} onChange={update("description")} rows={3} className={input} />
        </label>
        <label className="text-sm font-medium">
          Keywords (comma-separated)
          <input name="keywords" value={form.keywords} onChange={update("keywords")} className={input} />
        </label>
        <fieldset>
          <legend className="text-sm font-medium">Purposes of use (EHDS Art. 53)</legend>
          {PURPOSES.map(([id, label]) => (
            <label key={id} className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="purposes" value={id} checked={form.purposes?.includes(id) ?? false} onChange={() => togglePurpose(id)} />
              {label}
            </label>
          ))}
        </fieldset>
        <label className="text-sm font-medium">
          Pseudonymisation
          <select name="pseudonymisation" value={form.pseudonymisation} onChange={update("pseudonymisation")} className={input}>
            {PSEUDONYMISATION_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Population covered
          <input name="population" value={form.population} onChange={update("population")} className={input} placeholder="e.g. Adults with type 2 diabetes in Berlin" />
        </label>
        <label className="text-sm font-medium">
          Coding systems (IRIs, comma-separated)
          <input name="codingSystems" value={form.codingSystems} onChange={update("codingSystems")} className={input} placeholder="http://snomed.info/sct, http://loinc.org" />
        </label>
        <div>
          <SubmitButton pendingLabel="Signing and publishing…">Sign with the organisation key and publish</SubmitButton>
        </div>
      </div>

      <div className="flex flex-col gap-4">
        <section aria-labelledby="lint-heading" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="live-validation">
          <h2 id="lint-heading" className="font-semibold">Live validation</h2>
          {!lint ? (
            <p className="text-sm text-slate-600">Fill in the form to see problems as you type.</p>
          ) : violations.length === 0 ? (
            <p className="text-sm text-green-800">No problems: this dataset conforms to its shapes.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
              {violations.map((violation, index) => (
                <li key={index}>{violation.message}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="dcat-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 id="dcat-heading" className="font-semibold">HealthDCAT-AP view</h2>
          <dl className="mt-2 grid grid-cols-[9rem_1fr] gap-1">
            <dt className="text-slate-600">dct:title</dt>
            <dd>{form.title || "—"}</dd>
            <dt className="text-slate-600">dcat:keyword</dt>
            <dd>{form.keywords || "—"}</dd>
            <dt className="text-slate-600">dcat:theme</dt>
            <dd>HEAL (health)</dd>
            <dt className="text-slate-600">purpose of use</dt>
            <dd>{form.purposes?.join(", ") || "—"}</dd>
            <dt className="text-slate-600">pseudonymisation</dt>
            <dd>{form.pseudonymisation}</dd>
          </dl>
        </section>
        <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-semibold">Gaia-X credential (JSON-LD, before signing)</summary>
          <pre className="mt-2 max-h-80 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100" tabIndex={0}>
            {credential ? JSON.stringify(credential, null, 2) : "—"}
          </pre>
        </details>
      </div>
    </form>
  );
}
