import { useTranslations } from "next-intl";

/** The unsigned credential the form yields, exactly as it will be signed. */
export function JsonLdPreview({ credential, open = false }: { credential: Record<string, unknown> | null; open?: boolean }) {
  const t = useTranslations("publish.wizard");
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm" open={open}>
      <summary className="cursor-pointer font-semibold">{t("preview")}</summary>
      <pre
        className="mt-2 max-h-80 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
        tabIndex={0}
        aria-label={t("previewLabel")}
        data-testid="json-ld-preview"
      >
        {credential ? JSON.stringify(credential, null, 2) : t("empty")}
      </pre>
    </details>
  );
}
