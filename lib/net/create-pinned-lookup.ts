// A `lookup` for node:net/http/https that answers every query with one vetted address, so the
// socket goes exactly where the guard checked — whatever DNS would say the second time.
import type { LookupFunction } from "node:net";

export interface CreatePinnedLookupOptions {
  address: string;
  family: number;
}

/** Lookup function pinned to one address; handles both the single and the `all: true` call forms. */
export function createPinnedLookup(options: CreatePinnedLookupOptions): LookupFunction {
  const { address, family } = options;
  return (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}
