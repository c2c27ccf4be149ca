"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { signJwtCredential } from "@/lib/credentials/jwt/sign-jwt-credential";
import { listBrowserKeys, type BrowserKey } from "./browser-keys";

/**
 * Signs an unsigned credential as a VC-JWT with a key held in this browser (WebCrypto), using the same
 * signing code as the portal. The result goes to the upload form to be checked and published.
 */
export function BrowserSigner({ did, onSigned }: { did: string; onSigned: (jwt: string) => void }) {
  const [keys, setKeys] = useState<BrowserKey[]>([]);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("publish.browserSigner");

  useEffect(() => {
    listBrowserKeys(did).then(setKeys, () => setKeys([]));
  }, [did]);

  if (keys.length === 0) return null;
  const key = keys[keys.length - 1]!;

  async function sign() {
    setError(null);
    try {
      const payload = JSON.parse(draft) as Record<string, unknown>;
      const jwt = await signJwtCredential({ payload: { ...payload, issuer: did }, privateKey: key.privateKey, kid: key.verificationMethod, alg: "ES256" });
      onSigned(jwt);
    } catch (cause) {
      setError(t("failed", { reason: (cause as Error).message }));
    }
  }

  return (
    <section aria-labelledby="browser-sign-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="browser-sign-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t("intro", { key: key.verificationMethod.split("#")[1] ?? key.verificationMethod })}</p>
      <label htmlFor="unsigned-credential" className="mt-2 block text-sm font-medium">
        {t("draft")}
      </label>
      <textarea
        id="unsigned-credential"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        rows={6}
        className="mt-1 w-full rounded border border-slate-400 p-2 font-mono text-xs"
      />
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={() => void sign()} className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm">
        {t("sign")}
      </button>
    </section>
  );
}
