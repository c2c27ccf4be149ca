import type { Clock, JsonObject, VerificationCheck } from "@/lib/credentials/types";

export interface CheckValidityWindowOptions {
  document: JsonObject;
  proofs: JsonObject[];
  clock: Clock;
  maxClockSkewSeconds: number;
  path?: string;
}

/**
 * One "validity.window" check over the credential's dates (VC 1.1 issuanceDate/expirationDate, VC 2.0
 * validFrom/validUntil) and each proof's created/expires, allowing a small clock skew either way.
 */
export function checkValidityWindow(options: CheckValidityWindowOptions): VerificationCheck {
  const now = options.clock.now().getTime();
  const skew = options.maxClockSkewSeconds * 1000;
  const problems: string[] = [];
  const notBefore = (label: string, value: unknown) => {
    const time = parse(label, value, problems);
    if (time !== null && time > now + skew) problems.push(`${label} ${String(value)} is in the future`);
  };
  const notAfter = (label: string, value: unknown) => {
    const time = parse(label, value, problems);
    if (time !== null && time < now - skew) problems.push(`${label} ${String(value)} has passed (expired)`);
  };
  const { document } = options;
  notBefore("issuanceDate", document.issuanceDate);
  notBefore("validFrom", document.validFrom);
  notAfter("expirationDate", document.expirationDate);
  notAfter("validUntil", document.validUntil);
  for (const proof of options.proofs) {
    notBefore("proof created", proof.created);
    notAfter("proof expires", proof.expires);
  }
  return {
    id: "validity.window",
    passed: problems.length === 0,
    message: problems.length === 0 ? `Valid on ${new Date(now).toISOString()}` : `Not valid on ${new Date(now).toISOString()}: ${problems.join("; ")}`,
    path: options.path,
  };
}

// RFC 3339 §5.6 allows second 60 for a leap second (the DIF suite signs 2016-12-31T23:59:60Z); ECMAScript
// dates have no leap seconds, so it is read as the instant after second 59.
const LEAP_SECOND = /^(.*T\d{2}:\d{2}:)60((?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))$/i;

function parseDateTime(value: string): number {
  const time = Date.parse(value);
  if (!Number.isNaN(time)) return time;
  const leap = LEAP_SECOND.exec(value);
  return leap ? Date.parse(`${leap[1]}59${leap[2]}`) + 1000 : Number.NaN;
}

function parse(label: string, value: unknown, problems: string[]): number | null {
  if (value === undefined || value === null) return null;
  const time = typeof value === "string" ? parseDateTime(value) : Number.NaN;
  if (Number.isNaN(time)) {
    problems.push(`${label} ${JSON.stringify(value)} is not a date-time`);
    return null;
  }
  return time;
}
