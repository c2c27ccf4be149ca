"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { generateBrowserKeyPair, listBrowserKeys, saveBrowserKey, type BrowserKey } from "./browser-keys";

/** Organisation page: create a signing key that stays in this browser; only its public half is registered. */
export function BrowserKeyPanel({
  slug,
  did,
  register,
}: {
  slug: string;
  did: string;
  register: (slug: string, jwk: unknown) => Promise<{ verificationMethod?: string; error?: string }>;
}) {
  const [keys, setKeys] = useState<BrowserKey[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useTranslations("publish.browserKeys");
  const unavailable = t("unavailable");

  useEffect(() => {
    listBrowserKeys(did).then(setKeys, () => setMessage(unavailable));
  }, [did, unavailable]);

  async function create() {
    setBusy(true);
    setMessage(null);
    try {
      const { privateKey, publicKeyJwk } = await generateBrowserKeyPair();
      const result = await register(slug, publicKeyJwk);
      if (!result.verificationMethod) throw new Error(result.error ?? t("notRegistered"));
      await saveBrowserKey({ verificationMethod: result.verificationMethod, did, privateKey, createdAt: new Date().toISOString() });
      setKeys(await listBrowserKeys(did));
      setMessage(t("created", { key: result.verificationMethod.split("#")[1] ?? result.verificationMethod }));
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-4 border-t border-slate-100 pt-4">
      <h3 className="font-medium">{t("heading")}</h3>
      <p className="mt-1 text-sm text-slate-700">{t("intro")}</p>
      <ul className="mt-2 text-sm" data-testid="browser-keys">
        {keys.map((key) => (
          <li key={key.verificationMethod} className="font-mono">
            {t("row", { key: key.verificationMethod.split("#")[1] ?? key.verificationMethod })}
          </li>
        ))}
      </ul>
      <div aria-live="polite" className="mt-2 text-sm text-slate-800">
        {message}
      </div>
      <button type="button" disabled={busy} onClick={() => void create()} className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm">
        {t("create")}
      </button>
    </div>
  );
}
