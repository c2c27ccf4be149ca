import "server-only";
import type { VerificationOutcome } from "@/lib/credentials/types";
import { parseSubmission } from "./parse-submission";
import { getContextLoader, getPublishServices, submissionCredentials } from "./get-publish-services";
import { validateSubmission } from "./validate-submission";
import type { ValidationSummary } from "./publish-services";

export interface CheckFlags {
  signatures: boolean;
  schema: boolean;
  rules: boolean;
}

/**
 * Checks a credential without storing it (POST /api/v1/verification, the upload preview, the publish
 * wizard's lint). Each part can be switched off, like XFSC's verifySchema / verifyVCSignature flags.
 */
export async function checkSubmission(options: { text: string; contentType: string | null; flags: CheckFlags }) {
  const submission = parseSubmission({ text: options.text, contentType: options.contentType });
  let verification: VerificationOutcome | null = null;
  if (options.flags.signatures) verification = await (await getPublishServices()).verify(submission);
  let validation: ValidationSummary | null = null;
  if (options.flags.schema || options.flags.rules) {
    validation = await validateSubmission({
      submission,
      credentials: submissionCredentials(submission),
      documentLoader: await getContextLoader(),
      schema: options.flags.schema,
      rules: options.flags.rules,
    });
  }
  return {
    hash: submission.hash,
    format: submission.format,
    verified: verification ? verification.verified : null,
    conforms: validation ? validation.conforms : null,
    checks: verification?.checks ?? [],
    verification,
    validation,
  };
}
