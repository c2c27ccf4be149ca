// Adapts the X.509 check to the `checkKey` hook of verifyCredential and verifyJwtCredential.
import { systemClock, type Clock, type KeyCheck } from "@/lib/credentials/types";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

import { checkKeyCertificates, type PinnedChains } from "./check-key-certificates";

export interface CreateX509KeyCheckOptions {
  trustAnchors: readonly string[];
  pinnedChains?: PinnedChains;
  fetch?: GuardedFetch;
  required?: boolean;
  clock?: Clock;
}

export type { KeyCheck };

/** A `checkKey` for verifyCredential/verifyJwtCredential that checks x5u/x5c chains against the trust anchors. */
export function createX509KeyCheck(options: CreateX509KeyCheckOptions): KeyCheck {
  const clock = options.clock ?? systemClock;
  return ({ key, signedAt, path }) => checkKeyCertificates({ ...options, key, signedAt, now: clock.now(), path });
}
