// Minimal typings for untyped CommonJS/ESM packages used by the credential core.
// Only the members we call are declared; everything else stays `unknown` on purpose.

declare module "jsonld" {
  type Loader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  interface JsonLdOptions {
    documentLoader?: Loader;
    safe?: boolean;
    base?: string | null;
    algorithm?: string;
    format?: string;
    skipExpansion?: boolean;
    [option: string]: unknown;
  }
  const jsonld: {
    expand(input: unknown, options?: JsonLdOptions): Promise<unknown[]>;
    compact(input: unknown, context: unknown, options?: JsonLdOptions): Promise<Record<string, unknown>>;
    canonize(input: unknown, options?: JsonLdOptions): Promise<string>;
    toRDF(input: unknown, options?: JsonLdOptions): Promise<unknown>;
    getValues(subject: unknown, property: string): unknown[];
  };
  export default jsonld;
}

declare module "@digitalbazaar/vc" {
  export function issue(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export function signPresentation(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export function verifyCredential(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export function verify(options: Record<string, unknown>): Promise<Record<string, unknown>>;
}

declare module "jsonld-signatures" {
  interface ProofPurposeLike {
    match(proof: Record<string, unknown>, options: Record<string, unknown>): Promise<boolean>;
    validate(proof: Record<string, unknown>, options: Record<string, unknown>): Promise<{ valid: boolean; error?: Error }>;
    update?(proof: Record<string, unknown>, options: Record<string, unknown>): Promise<Record<string, unknown>>;
  }
  interface ProofResult {
    proof: Record<string, unknown>;
    verified: boolean;
    error?: Error;
  }
  const jsigs: {
    verify(
      document: unknown,
      options: { suite: unknown; purpose: ProofPurposeLike; documentLoader: unknown },
    ): Promise<{ verified: boolean; results?: ProofResult[]; error?: Error & { errors?: Error[] } }>;
    purposes: {
      AssertionProofPurpose: new (options?: Record<string, unknown>) => ProofPurposeLike;
    };
  };
  export default jsigs;
}

declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date | string });
    readonly cryptosuite: string;
    verifyProof(options: {
      proof: Record<string, unknown>;
      document: Record<string, unknown>;
      proofSet: Record<string, unknown>[];
      documentLoader: unknown;
    }): Promise<{ verified: boolean; error?: Error }>;
  }
}

declare module "@digitalbazaar/ecdsa-rdfc-2019-cryptosuite" {
  export const cryptosuite: unknown;
}

declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: unknown;
}

declare module "@digitalbazaar/ed25519-signature-2020" {
  export class Ed25519Signature2020 {
    constructor(options?: { key?: unknown; signer?: unknown; date?: Date | string });
  }
}

declare module "@digitalbazaar/ed25519-multikey" {
  export interface Ed25519MultikeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
    signer(): { algorithm: string; id?: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
    verifier(): { algorithm: string; id?: string; verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519MultikeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyPair>;
  export function fromJwk(options: { jwk: Record<string, unknown>; secretKey?: boolean; id?: string; controller?: string }): Promise<Ed25519MultikeyPair>;
  export function toJwk(options: { keyPair: Ed25519MultikeyPair; secretKey?: boolean }): Promise<Record<string, unknown>>;
}

declare module "@digitalbazaar/ecdsa-multikey" {
  export interface EcdsaMultikeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    verifier(): { algorithm: string; id?: string; verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
  }
  export function from(key: Record<string, unknown>): Promise<EcdsaMultikeyPair>;
}
