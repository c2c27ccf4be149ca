"use client";

import { useActionState } from "react";
import type { FormState } from "./form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** A small form whose answer may carry a secret shown once (API token, invitation link). */
export function SecretForm({
  action,
  hidden,
  children,
  submitLabel,
  secretLabel,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  children: React.ReactNode;
  submitLabel: string;
  secretLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage message={state.error} />
      <FormMessage message={state.success} tone="success" />
      {state.secret ? (
        <div>
          <label htmlFor="created-secret" className="text-sm font-medium text-slate-800">
            {secretLabel}
          </label>
          <input
            id="created-secret"
            readOnly
            value={state.secret}
            className="mt-1 w-full rounded border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm"
            data-testid="created-secret"
          />
        </div>
      ) : null}
      {children}
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
