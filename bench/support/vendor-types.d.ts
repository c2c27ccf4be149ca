// Typings for the packages only the benchmarks call directly; just the members they use.

declare module "@digitalbazaar/security-document-loader" {
  export interface JsonLdDocumentLoader {
    addStatic(url: string, document: unknown): void;
    addDocuments(options: { documents: Iterable<[string, unknown]> }): void;
    build(): (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown; tag?: string }>;
  }
  export function securityLoader(options?: { cache?: unknown }): JsonLdDocumentLoader;
}
