import type { DidResolver, DocumentLoader } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

import { resolveVerificationMethod } from "./resolve-verification-method";

export interface CreateSuiteDocumentLoaderOptions {
  /** Offline context loader (createDocumentLoader). */
  documentLoader: DocumentLoader;
  didResolver: DidResolver;
}

/**
 * The loader handed to @digitalbazaar suites: DID URLs go through the injected resolver (the suites
 * fetch the verification method by id), everything else through the offline context loader.
 */
export function createSuiteDocumentLoader(options: CreateSuiteDocumentLoaderOptions): DocumentLoader {
  return async function suiteDocumentLoader(url: string) {
    if (!url.startsWith("did:")) return options.documentLoader(url);
    if (!url.includes("#")) {
      try {
        const { document } = await options.didResolver.resolve(url);
        return { contextUrl: null, documentUrl: url, document };
      } catch (error) {
        throw new AppError("DID_UNRESOLVABLE", { message: `DID ${url} cannot be resolved`, cause: error });
      }
    }
    const resolved = await resolveVerificationMethod({ verificationMethodId: url, didResolver: options.didResolver });
    if (!resolved.ok) throw new AppError("DID_UNRESOLVABLE", { message: resolved.message });
    const method = resolved.verificationMethod;
    const document = {
      "@context": method["@context"] ?? resolved.didDocument["@context"],
      ...method,
      id: url,
      controller: method.controller ?? resolved.did,
    };
    return { contextUrl: null, documentUrl: url, document };
  };
}
