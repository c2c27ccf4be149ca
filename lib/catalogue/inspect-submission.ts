import "server-only";
import { checkSubmission, type CheckParts } from "@/lib/pipeline/check-submission";
import type { PipelineServices } from "@/lib/pipeline/pipeline-services";
import { parseSubmission } from "./parse-submission";

/**
 * Checks a credential without storing it (POST /api/v1/verification, the upload preview): the one
 * pipeline, with each part switchable like XFSC's verifySchema / verifyVCSignature flags.
 */
export async function inspectSubmission(options: {
  text: string;
  contentType: string | null;
  flags: CheckParts;
  services: PipelineServices;
  signal?: AbortSignal;
}) {
  const submission = parseSubmission({ text: options.text, contentType: options.contentType });
  const { verification, validation } = await checkSubmission(submission, options.services, { parts: options.flags, signal: options.signal });
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
