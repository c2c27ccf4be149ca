// Decodes the `encodedList` of a status list: GZIP-compressed bitstring, base64url-encoded, with the
// multibase "u" prefix in Bitstring Status List v1.0 and without it in StatusList2021.
import { gunzipSync } from "node:zlib";

import { fromBase64Url } from "@/lib/credentials/keys/encoding";

export interface DecodeStatusListOptions {
  encodedList: string;
  /** "BitstringStatusList" requires the multibase prefix; "StatusList2021" has none. */
  type: "BitstringStatusList" | "StatusList2021";
}

// A decompression bomb is cheap to send; no legitimate list needs more than this (16 KiB is the minimum).
const MAX_LIST_BYTES = 4 * 1024 * 1024;

/** The raw bitstring; throws TypeError when the list cannot be decoded. */
export function decodeStatusList(options: DecodeStatusListOptions): Uint8Array {
  let text = options.encodedList;
  if (options.type === "BitstringStatusList") {
    if (!text.startsWith("u")) throw new TypeError('encodedList must be multibase base64url (prefix "u")');
    text = text.slice(1);
  } else if (text.startsWith("uH4sI")) {
    text = text.slice(1); // tolerate a v1.0-style prefix on a 2021 list: "H4sI" is the GZIP magic in base64
  }
  let compressed: Uint8Array;
  try {
    compressed = fromBase64Url(text);
  } catch (cause) {
    throw new TypeError("encodedList is not base64url", { cause });
  }
  try {
    return new Uint8Array(gunzipSync(compressed, { maxOutputLength: MAX_LIST_BYTES }));
  } catch (cause) {
    throw new TypeError("encodedList is not a GZIP-compressed bitstring", { cause });
  }
}

export interface ReadStatusValueOptions {
  bits: Uint8Array;
  index: number;
  /** Bits per entry (statusSize), 1 for revocation and suspension. */
  size: number;
}

/** The value at `index`: index 0 is the left-most (most significant) bit of the first byte. */
export function readStatusValue(options: ReadStatusValueOptions): number {
  const { bits, index, size } = options;
  let value = 0;
  for (let offset = 0; offset < size; offset += 1) {
    const position = index * size + offset;
    const byte = bits[position >> 3];
    if (byte === undefined) throw new RangeError(`index ${index} lies beyond the list (${bits.length * 8} bits)`);
    value = (value << 1) | ((byte >> (7 - (position & 7))) & 1);
  }
  return value;
}
