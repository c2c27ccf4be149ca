// Header checks of a credential JWT: algorithm allow-list and media types (VC-JOSE-COSE §3.1.1 as
// used by Gaia-X Loire: typ vc+jwt / vp+jwt, or vc+ld+jwt / vp+ld+jwt with cty vc+ld).
import type { JsonObject, VerificationCheck } from "@/lib/credentials/types";

import type { JwtCredentialKind } from "./decode-jwt-credential";
import { isJwtAlgorithm, JWT_ALGORITHMS } from "./jwt-algorithms";

export interface CheckJwtHeaderOptions {
  header: JsonObject;
  kind: JwtCredentialKind;
  legacyWrapper: boolean;
  path?: string;
}

const TYPES: Record<JwtCredentialKind, string[]> = {
  credential: ["vc+jwt", "vc+ld+jwt", "application/vc+jwt", "application/vc+ld+jwt"],
  presentation: ["vp+jwt", "vp+ld+jwt", "application/vp+jwt", "application/vp+ld+jwt"],
};
const CONTENT_TYPES: Record<JwtCredentialKind, string[]> = {
  credential: ["vc", "vc+ld", "vc+ld+json", "application/vc", "application/vc+ld+json"],
  presentation: ["vp", "vp+ld", "vp+ld+json", "application/vp", "application/vp+ld+json"],
};

/** Checks "jwt.alg", "jwt.typ" and, for the VC-JWT 1.1 wrapper form, the warning "jwt.legacy". */
export function checkJwtHeader(options: CheckJwtHeaderOptions): VerificationCheck[] {
  const { header, kind, legacyWrapper, path } = options;
  const checks: VerificationCheck[] = [];
  const alg = header.alg;
  checks.push(
    isJwtAlgorithm(alg)
      ? { id: "jwt.alg", passed: true, message: `Algorithm ${alg}`, path }
      : { id: "jwt.alg", passed: false, message: `Algorithm ${JSON.stringify(alg ?? null)} is not accepted (${JWT_ALGORITHMS.join(", ")})`, path },
  );
  if (header.b64 === false || header.crit !== undefined) {
    checks.push({ id: "jwt.typ", passed: false, message: "A credential JWT must not use b64:false or critical header extensions", path });
    return checks;
  }
  const typ = typeof header.typ === "string" ? header.typ.toLowerCase() : undefined;
  const cty = typeof header.cty === "string" ? header.cty.toLowerCase() : undefined;
  // VC-JWT 1.1 used typ "JWT" (or none) with the vc/vp claim; accepted only in that form.
  const legacyTyp = legacyWrapper && (typ === undefined || typ === "jwt");
  const problems: string[] = [];
  if (!legacyTyp && !(typ && TYPES[kind].includes(typ))) {
    problems.push(`typ ${JSON.stringify(header.typ ?? null)} is not a ${kind} type (${TYPES[kind].slice(0, 2).join(", ")})`);
  }
  if (cty !== undefined && !CONTENT_TYPES[kind].includes(cty)) problems.push(`cty ${JSON.stringify(header.cty)} does not announce a ${kind}`);
  checks.push(
    problems.length
      ? { id: "jwt.typ", passed: false, message: problems.join("; "), path }
      : { id: "jwt.typ", passed: true, message: `Media type ${typ ?? "JWT"}${cty ? ` with content ${cty}` : ""}`, path },
  );
  if (legacyWrapper) {
    checks.push({
      id: "jwt.legacy",
      passed: false,
      severity: "warning",
      message: `The ${kind} is wrapped in a "${kind === "credential" ? "vc" : "vp"}" claim (VC-JWT 1.1); Gaia-X Loire signs the ${kind} itself`,
      path,
    });
  }
  return checks;
}
