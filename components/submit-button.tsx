"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

/** A form's submit button; while the action runs it says `pendingLabel`, or a general "working" in the reader's language. */
export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("publish.shared");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {pending ? (pendingLabel ?? t("working")) : children}
    </button>
  );
}
