// Time checks of a credential JWT: the JOSE claims (iat/nbf/exp) and the credential's own validity
// period (validFrom/validUntil, or issuanceDate/expirationDate in VC 1.1).
import { checkValidityWindow } from "@/lib/credentials/ld-proofs/check-validity-window";
import type { JsonObject, VerificationCheck } from "@/lib/credentials/types";

export interface CheckJwtTimesOptions {
  header: JsonObject;
  payload: JsonObject;
  credential: JsonObject;
  now: Date;
  skewSeconds: number;
  /** Prefix for check paths inside a presentation. */
  path?: string;
}

// Seconds since 1970 stay below 1e11 until the year 5138; a larger NumericDate is in milliseconds.
const MILLISECOND_THRESHOLD = 1e11;

const day = (date: Date) => date.toISOString().replace(".000Z", "Z");

function readNumericDates(options: CheckJwtTimesOptions) {
  const dates: Partial<Record<"iat" | "nbf" | "exp", Date>> = {};
  const milliseconds: string[] = [];
  const malformed: string[] = [];
  for (const claim of ["iat", "nbf", "exp"] as const) {
    // Real Loire notary JWTs carry iat/exp in the protected header rather than the claims set.
    const inPayload = options.payload[claim] !== undefined;
    const value = inPayload ? options.payload[claim] : options.header[claim];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      malformed.push(claim);
      continue;
    }
    const isMilliseconds = value > MILLISECOND_THRESHOLD;
    if (isMilliseconds) milliseconds.push(inPayload ? claim : `${claim} (header)`);
    dates[claim] = new Date(isMilliseconds ? value : value * 1000);
  }
  return { dates, milliseconds, malformed };
}

function jwtTimeCheck(options: CheckJwtTimesOptions): VerificationCheck[] {
  const { now, skewSeconds, path } = options;
  const { dates, milliseconds, malformed } = readNumericDates(options);
  const skew = skewSeconds * 1000;
  const problems: string[] = malformed.map((claim) => `${claim} is not a number`);
  if (dates.nbf && dates.nbf.getTime() > now.getTime() + skew) problems.push(`not valid before ${day(dates.nbf)}`);
  if (dates.iat && dates.iat.getTime() > now.getTime() + skew) problems.push(`issued in the future (${day(dates.iat)})`);
  if (dates.exp && dates.exp.getTime() < now.getTime() - skew) problems.push(`expired on ${day(dates.exp)}`);
  const described = [dates.iat && `issued ${day(dates.iat)}`, dates.nbf && `valid from ${day(dates.nbf)}`, dates.exp && `valid until ${day(dates.exp)}`]
    .filter(Boolean)
    .join(", ");
  const checks: VerificationCheck[] = [
    problems.length
      ? { id: "jwt.time", passed: false, message: `The JWT is ${problems.join(" and ")} (checked at ${day(now)})`, path }
      : { id: "jwt.time", passed: true, message: described ? `JWT ${described}` : "The JWT carries no iat/nbf/exp claims", path },
  ];
  if (milliseconds.length) {
    checks.push({
      id: "jwt.milliseconds",
      passed: false,
      severity: "warning",
      message: `${milliseconds.join(", ")} ${milliseconds.length > 1 ? "are" : "is"} in milliseconds, not seconds as RFC 7519 requires; read as milliseconds`,
      path,
    });
  }
  return checks;
}

/** The credential's own dates: the same "validity.window" check, and wording, as on the JSON-LD path. */
function validityChecks(options: CheckJwtTimesOptions): VerificationCheck[] {
  const { credential, now, skewSeconds, path } = options;
  return [checkValidityWindow({ document: credential, proofs: [], clock: { now: () => now }, maxClockSkewSeconds: skewSeconds, path })];
}

/** Checks "jwt.time", "jwt.milliseconds" (warning) and "validity.window". */
export function checkJwtTimes(options: CheckJwtTimesOptions): VerificationCheck[] {
  return [...jwtTimeCheck(options), ...validityChecks(options)];
}
