// Test helpers (imported by *.test.ts only): encoded status lists and status list credentials.
import { gzipSync } from "node:zlib";

import { toBase64Url } from "@/lib/credentials/keys/encoding";
import type { JsonObject } from "@/lib/credentials/types";

/** A 16 KiB bitstring (the v1.0 minimum) with the given indexes set; index 0 is the left-most bit. */
export function encodeStatusList(setIndexes: number[], prefix = "u"): string {
  const bits = new Uint8Array(16 * 1024);
  for (const index of setIndexes) bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
  return `${prefix}${toBase64Url(new Uint8Array(gzipSync(bits)))}`;
}

/** An unsigned BitstringStatusListCredential (VC 2.0) published at `url`. */
export function statusListCredential(options: { url: string; issuer: string; setIndexes: number[]; purpose?: string }): JsonObject {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    id: options.url,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: options.issuer,
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: {
      id: `${options.url}#list`,
      type: "BitstringStatusList",
      statusPurpose: options.purpose ?? "revocation",
      encodedList: encodeStatusList(options.setIndexes),
    },
  };
}

/** A BitstringStatusListEntry pointing at `index` of the list at `url`. */
export function statusEntry(options: { url: string; index: number; purpose?: string }): JsonObject {
  return {
    id: `${options.url}#${options.index}`,
    type: "BitstringStatusListEntry",
    statusPurpose: options.purpose ?? "revocation",
    statusListIndex: String(options.index),
    statusListCredential: options.url,
  };
}
