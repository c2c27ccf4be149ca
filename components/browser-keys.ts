// Keys held in this browser: generated with WebCrypto as non-extractable, kept in IndexedDB (which
// stores CryptoKey objects without ever exposing the private key material).

export interface BrowserKey {
  verificationMethod: string;
  did: string;
  privateKey: CryptoKey;
  createdAt: string;
}

const DB_NAME = "dataloft-keys";
const STORE = "keys";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "verificationMethod" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function listBrowserKeys(did: string): Promise<BrowserKey[]> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const request = db.transaction(STORE, "readonly").objectStore(STORE).getAll();
    request.onsuccess = () => resolve((request.result as BrowserKey[]).filter((key) => key.did === did));
    request.onerror = () => reject(request.error);
  });
}

export async function saveBrowserKey(key: BrowserKey): Promise<void> {
  const db = await open();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(STORE, "readwrite");
    transaction.objectStore(STORE).put(key);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

/** A P-256 key pair whose private half can sign but never be exported. */
export async function generateBrowserKeyPair(): Promise<{ privateKey: CryptoKey; publicKeyJwk: JsonWebKey }> {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  const exported = await crypto.subtle.exportKey("jwk", pair.publicKey);
  return { privateKey: pair.privateKey, publicKeyJwk: { kty: "EC", crv: "P-256", x: exported.x, y: exported.y } };
}
