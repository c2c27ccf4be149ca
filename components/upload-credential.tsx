"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { UploadState } from "./upload-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { TrustPanel } from "./trust-panel";
import { BrowserSigner } from "./browser-signer";

type Action = (state: UploadState, data: FormData) => Promise<UploadState>;

/** Drop or choose an already signed file (JSON-LD or JWT), see the verdict, then publish it. */
export function UploadCredential({ checkAction, publishAction, did }: { checkAction: Action; publishAction: Action; did?: string }) {
  const [checked, check] = useActionState(checkAction, {});
  const [published, publish] = useActionState(publishAction, {});
  const [text, setText] = useState("");
  const t = useTranslations("publish.upload");
  const [dragging, setDragging] = useState(false);

  async function load(file: File | undefined) {
    if (file) setText(await file.text());
  }

  const verdict = checked.verdict;
  return (
    <div className="flex flex-col gap-4">
      {did ? <BrowserSigner did={did} onSigned={setText} /> : null}
      <form action={check} className="flex flex-col gap-3">
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void load(event.dataTransfer.files[0]);
          }}
          className={`rounded-lg border-2 border-dashed p-4 ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
        >
          <label htmlFor="signed-file" className="text-sm font-medium text-slate-800">
            {t("fileLabel")}
          </label>
          <input
            id="signed-file"
            type="file"
            accept=".json,.jsonld,.jwt,.txt,application/json,application/ld+json"
            className="mt-2 block text-sm"
            onChange={(event) => void load(event.target.files?.[0])}
          />
          <label htmlFor="signed-document" className="mt-3 block text-sm font-medium text-slate-800">
            {t("content")}
          </label>
          <textarea
            id="signed-document"
            name="document"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={8}
            className="mt-1 w-full rounded border border-slate-400 p-2 font-mono text-xs"
          />
        </div>
        <FormMessage message={checked.error} />
        <div>
          <SubmitButton pendingLabel={t("checking")}>{t("check")}</SubmitButton>
        </div>
      </form>

      {verdict ? (
        <div className="flex flex-col gap-3" data-testid="upload-verdict">
          {verdict.verification ? (
            <TrustPanel
              verified={verdict.verification.verified}
              issuer={verdict.verification.issuer}
              checks={verdict.verification.checks}
              warnings={verdict.verification.warnings}
            />
          ) : null}
          {verdict.validation ? (
            <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label={t("validation")}>
              <p className="font-semibold">
                {verdict.validation.conforms === null
                  ? t("notValidated", {
                      subjects: (verdict.validation.unvalidated ?? []).map((item) => item.types.join(", ") || item.subject).join("; ") || t("itsSubjects"),
                    })
                  : verdict.validation.conforms
                    ? t("conforms")
                    : t("doesNotConform")}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {verdict.validation.results
                  .filter((r) => r.severity === "Violation")
                  .slice(0, 20)
                  .map((result, index) => (
                    <li key={index}>
                      {result.message} {result.path ? <span className="text-slate-600">({result.path})</span> : null}
                    </li>
                  ))}
              </ul>
            </section>
          ) : null}
          {verdict.verified && verdict.conforms ? (
            <form action={publish}>
              <input type="hidden" name="document" value={text} />
              <FormMessage message={published.error} />
              <SubmitButton pendingLabel={t("publishing")}>{t("publish")}</SubmitButton>
            </form>
          ) : (
            <p className="text-sm text-red-800">{t("cannotPublish")}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
