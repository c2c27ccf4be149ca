import { decodeJwtCredential } from "@/lib/credentials/jwt/decode-jwt-credential";
import { credentialsOf } from "./derive-projection";
import type { Submission } from "./parse-submission";

/** The decoded credentials of a submission: a JWT presentation's envelopes included. */
export function submissionCredentials(submission: Submission): Record<string, unknown>[] {
  if (submission.format === "VC_JWT" || submission.format === "VP_JWT") {
    const decoded = decodeJwtCredential(submission.text);
    if (decoded.kind === "credential") return [decoded.credential];
    return decoded.envelopes.flatMap((envelope) => {
      try {
        return [decodeJwtCredential(envelope.jwt).credential];
      } catch {
        // An undecodable envelope is reported by verification; it contributes no claims.
        return [];
      }
    });
  }
  return credentialsOf(submission.document);
}
