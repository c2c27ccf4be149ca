import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";

import jsonld from "jsonld";
import { afterEach, describe, expect, it, vi } from "vitest";

import { isAppError } from "@/lib/errors/app-error";

import { createDocumentLoader } from "./create-document-loader";

const manifest = JSON.parse(readFileSync(path.join(process.cwd(), "standards/contexts/manifest.json"), "utf8")) as {
  contexts: Record<string, { file: string; sha256: string; vocabCatchAll?: boolean }>;
};

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

describe("createDocumentLoader", () => {
  afterEach(() => vi.restoreAllMocks());

  it("serves every pinned, non catch-all context from the manifest", async () => {
    const loader = createDocumentLoader();
    for (const [url, entry] of Object.entries(manifest.contexts)) {
      if (entry.vocabCatchAll) continue;
      const { document, documentUrl } = await loader(url);
      expect(documentUrl).toBe(url);
      expect(document).toHaveProperty("@context");
    }
  });

  it("refuses an unknown context without touching the network", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("network used"));
    const httpSpy = vi.spyOn(http, "request");
    const httpsSpy = vi.spyOn(https, "request");
    const loader = createDocumentLoader();
    const error = await refusal(loader("https://schema.org/"));
    expect(isAppError(error) && error.code).toBe("UNKNOWN_CONTEXT");
    expect((error as Error).message).toContain("https://schema.org/");
    // also through jsonld.js, which wraps loader failures
    const viaJsonld = await refusal(jsonld.expand({ "@context": "https://evil.example/ctx", a: 1 }, { documentLoader: loader }));
    expect(JSON.stringify((viaJsonld as { details?: unknown }).details)).toContain("UNKNOWN_CONTEXT");
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(httpSpy).not.toHaveBeenCalled();
    expect(httpsSpy).not.toHaveBeenCalled();
  });

  it("matches URLs exactly: no query, fragment or trailing-slash variants, no DID URLs", async () => {
    const loader = createDocumentLoader();
    for (const url of [
      "https://www.w3.org/2018/credentials/v1?x=1",
      "https://www.w3.org/2018/credentials/v1#frag",
      "https://www.w3.org/2018/credentials/v1/",
      "http://www.w3.org/2018/credentials/v1",
      "https://w3id.org/gaia-x/development",
      "did:web:example.com",
    ]) {
      const error = await refusal(loader(url));
      expect(isAppError(error) && error.code, url).toBe("UNKNOWN_CONTEXT");
    }
    // the documented trailing-# forms are listed explicitly and served
    await expect(loader("https://w3id.org/gaia-x/development#")).resolves.toHaveProperty("document");
    await expect(loader("https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#")).resolves.toHaveProperty(
      "document",
    );
  });

  it("refuses the @vocab catch-all contexts unless explicitly allowed", async () => {
    const url = "https://www.w3.org/ns/credentials/undefined-terms/v2";
    const error = await refusal(createDocumentLoader()(url));
    expect(isAppError(error) && error.code).toBe("UNKNOWN_CONTEXT");
    expect((error as Error).message).toMatch(/catch-all/);
    await expect(createDocumentLoader({ allowVocabCatchAll: true })(url)).resolves.toHaveProperty("document");
  });

  it("serves operator contexts and returns the same cached object every time", async () => {
    const url = "https://operator.example/contexts/v1";
    const context = { "@context": { label: "https://operator.example/ns#label" } };
    const loader = createDocumentLoader({ extraContexts: new Map([[url, context]]) });
    const first = await loader(url);
    expect(first.document).toBe(context);
    expect(await loader(url)).toBe(first);
    const pinned = await loader("https://www.w3.org/ns/credentials/v2");
    expect((await createDocumentLoader()("https://www.w3.org/ns/credentials/v2")).document).toBe(pinned.document);
  });

  it("refuses a pinned file whose bytes no longer match the manifest hash", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "contexts-"));
    mkdirSync(path.join(directory, "w3c"));
    copyFileSync(path.join(process.cwd(), "standards/contexts/w3c/jwk-v1.jsonld"), path.join(directory, "w3c/jwk-v1.jsonld"));
    const entry = manifest.contexts["https://w3id.org/security/jwk/v1"];
    writeFileSync(
      path.join(directory, "manifest.json"),
      JSON.stringify({
        contexts: { "https://w3id.org/security/jwk/v1": { ...entry, sha256: "0".repeat(64) } },
      }),
    );
    const error = await refusal(createDocumentLoader({ contextsDirectory: directory })("https://w3id.org/security/jwk/v1"));
    expect((error as Error).message).toMatch(/sha256/);
  });

  it("does not let a permissive loader's catch-all context leak into a strict one through jsonld's cache", async () => {
    const document = {
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/undefined-terms/v2"],
      type: ["VerifiableCredential"],
      anything: "goes",
    };
    await jsonld.expand(document, { documentLoader: createDocumentLoader({ allowVocabCatchAll: true }) });
    const error = await refusal(jsonld.expand(document, { documentLoader: createDocumentLoader() }));
    expect(JSON.stringify((error as { details?: unknown }).details)).toContain("UNKNOWN_CONTEXT");
  });
});

describe("ODRL context", () => {
  it("is pinned under its W3C URL and the http alias, with the same document", async () => {
    const loader = createDocumentLoader();
    const secure = await loader("https://www.w3.org/ns/odrl.jsonld");
    const plain = await loader("http://www.w3.org/ns/odrl.jsonld");
    expect(JSON.stringify(secure.document)).toContain("http://www.w3.org/ns/odrl/2/");
    expect(plain.document).toEqual(secure.document);
  });
});
