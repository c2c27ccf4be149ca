"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("catalogue.error");
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">
        {t("text")} {error.digest ? t.rich("reference", { digest: error.digest, code: (chunks) => <code>{chunks}</code> }) : null}
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
