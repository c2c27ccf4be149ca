"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** The document as received, with copy and download. */
export function RawDocument({ content, fileName, mediaType }: { content: string; fileName: string; mediaType: string }) {
  const t = useTranslations("entry.document");
  const [copied, setCopied] = useState(false);
  const pretty = (() => {
    try {
      return JSON.stringify(JSON.parse(content), null, 2);
    } catch {
      return content;
    }
  })();
  return (
    <div>
      <div className="flex gap-2">
        <button
          type="button"
          className="rounded border border-slate-400 px-3 py-1 text-sm"
          onClick={async () => {
            await navigator.clipboard.writeText(content);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
        <button
          type="button"
          className="rounded border border-slate-400 px-3 py-1 text-sm"
          onClick={() => {
            const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
            const link = document.createElement("a");
            link.href = url;
            link.download = fileName;
            link.click();
            URL.revokeObjectURL(url);
          }}
        >
          {t("download")}
        </button>
      </div>
      <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100" tabIndex={0} aria-label={t("label")}>
        {pretty}
      </pre>
    </div>
  );
}
