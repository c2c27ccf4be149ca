"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { FormMessage } from "./form-message";

/** One move on a contract or consent: optional fields, a button, and the outcome announced in words. */
export function MoveForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  label: string;
  tone?: "primary" | "neutral" | "danger";
  children?: ReactNode;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, {});
  const t = useTranslations("contracts.moves");
  const style =
    props.tone === "danger"
      ? "border border-red-400 text-red-800 hover:bg-red-50"
      : props.tone === "neutral"
        ? "border border-slate-400 text-slate-800 hover:bg-slate-100"
        : "bg-brand-700 text-white hover:bg-brand-800";
  return (
    <form action={formAction} className="flex flex-col gap-2" data-testid={props.testId}>
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children}
      <div>
        <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-4 py-2 text-sm font-medium disabled:opacity-60 ${style}`}>
          {pending ? t("working") : props.label}
        </button>
      </div>
      <FormMessage message={state.error} />
      <FormMessage message={state.success} tone="success" />
    </form>
  );
}
