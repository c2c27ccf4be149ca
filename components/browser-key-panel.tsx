"use client";

import { useEffect, useState } from "react";
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

  useEffect(() => {
    listBrowserKeys(did).then(setKeys, () => setMessage("This browser cannot store keys (IndexedDB is unavailable)."));
  }, [did]);

  async function create() {
    setBusy(true);
    setMessage(null);
    try {
      const { privateKey, publicKeyJwk } = await generateBrowserKeyPair();
      const result = await register(slug, publicKeyJwk);
      if (!result.verificationMethod) throw new Error(result.error ?? "The key could not be registered.");
      await saveBrowserKey({ verificationMethod: result.verificationMethod, did, privateKey, createdAt: new Date().toISOString() });
      setKeys(await listBrowserKeys(did));
      setMessage(`Key ${result.verificationMethod.split("#")[1]} created in this browser and listed in your DID document.`);
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-4 border-t border-slate-100 pt-4">
      <h3 className="font-medium">Keys held in this browser</h3>
      <p className="mt-1 text-sm text-slate-700">
        For organisations that keep their own keys: the private key is created here, cannot be exported, and never reaches the portal.
      </p>
      <ul className="mt-2 text-sm" data-testid="browser-keys">
        {keys.map((key) => (
          <li key={key.verificationMethod} className="font-mono">
            #{key.verificationMethod.split("#")[1]} · P-256 · in this browser
          </li>
        ))}
      </ul>
      <div aria-live="polite" className="mt-2 text-sm text-slate-800">
        {message}
      </div>
      <button type="button" disabled={busy} onClick={() => void create()} className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm">
        Create a key in this browser
      </button>
    </div>
  );
}
