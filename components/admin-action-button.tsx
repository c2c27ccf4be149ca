"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormMessage } from "./form-message";

/** One button posting a server action, with its outcome announced next to it. */
export function AdminActionButton({
  action,
  hidden = {},
  label,
  accessibleLabel,
  tone = "neutral",
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  label: string;
  /** Full name for screen readers when the visible label is short ("Retire" → "Retire publisher 1.0.0"). */
  accessibleLabel?: string;
  tone?: "neutral" | "danger";
}) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, {});
  const style = tone === "danger" ? "border-red-300 text-red-800 hover:bg-red-50" : "border-slate-400 text-slate-800 hover:bg-slate-100";
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        aria-label={accessibleLabel}
        className={`rounded border px-2 py-1 text-sm disabled:opacity-60 ${style}`}
      >
        {pending ? t("working") : label}
      </button>
      <FormMessage message={state.error} />
      <FormMessage message={state.success} tone="success" />
    </form>
  );
}
