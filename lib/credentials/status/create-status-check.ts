// The `checkStatus` hook of verifyCredential / verifyJwtCredential. A status list's bits are trusted
// only after the status list credential itself verified (with the caller's verifier, which must not
// check status in turn: depth 1, no loop) and only when it comes from the credential's own issuer.
import { decodeJwtCredential } from "@/lib/credentials/jwt/decode-jwt-credential";
import type { Clock, JsonObject, StatusCheck, VerificationOutcome } from "@/lib/credentials/types";

import { checkCredentialStatus } from "./check-credential-status";

/**
 * The status list credential at `url` as published (a JSON-LD object or a compact VC-JWT), or null
 * when it cannot be consulted offline. Throws when it should be reachable and is not.
 */
export type LoadStatusList = (url: string) => Promise<JsonObject | string | null>;

export interface CreateStatusCheckOptions {
  loadStatusList: LoadStatusList;
  /** Verifies a status list credential: verifyCredential with the same resolver and loader, without checkStatus. */
  verifyStatusList: (document: JsonObject | string) => Promise<VerificationOutcome>;
  clock?: Clock;
}

interface VerifiedList {
  credential: JsonObject;
  issuer: string | null;
}

const SHOWN_ERRORS = 3;

function idOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as JsonObject).id === "string") return (value as JsonObject).id as string;
  return null;
}

/**
 * A `checkStatus` hook. Each list is loaded and verified once per hook, so create one per verification:
 * a list cached longer would hide a revocation.
 */
export function createStatusCheck(options: CreateStatusCheckOptions): StatusCheck {
  const lists = new Map<string, Promise<VerifiedList | null>>();

  async function load(url: string): Promise<VerifiedList | null> {
    const published = await options.loadStatusList(url);
    if (published === null) return null;
    const outcome = await options.verifyStatusList(published);
    if (outcome.format !== "JSONLD_VC" && outcome.format !== "VC_JWT") {
      throw new Error(`the status list is a ${outcome.format}, not a credential`);
    }
    if (!outcome.verified) {
      const shown = outcome.errors.slice(0, SHOWN_ERRORS).join("; ");
      const more = outcome.errors.length > SHOWN_ERRORS ? ` and ${outcome.errors.length - SHOWN_ERRORS} more` : "";
      throw new Error(`the status list credential does not verify: ${shown}${more}`);
    }
    const credential = typeof published === "string" ? decodeJwtCredential(published).credential : published;
    return { credential, issuer: outcome.issuer };
  }

  const obtain = (url: string) => {
    let pending = lists.get(url);
    if (!pending) {
      pending = load(url);
      lists.set(url, pending);
    }
    return pending;
  };

  return async ({ credential, path }) => {
    const issuer = idOf(credential.issuer);
    const { checks } = await checkCredentialStatus({
      credential,
      path,
      clock: options.clock,
      fetchStatusList: async (url) => {
        const list = await obtain(url);
        if (list === null) return null;
        // Anyone can publish a list under any URL; only the issuer's own list may revoke its credential.
        if (issuer === null || list.issuer !== issuer) {
          throw new Error(`the status list is issued by ${list.issuer ?? "nobody named"}, not by the credential's issuer ${issuer ?? "(none named)"}`);
        }
        return list.credential;
      },
    });
    return checks;
  };
}
