import { Prisma } from "@/lib/db";
import type { LifecycleStatus, OriginKind } from "@/lib/generated/prisma/client";
import type { VerificationOutcome } from "@/lib/credentials/types";
import { PROJECTION_VERSION, type SearchProjectionData } from "./derive-projection";
import type { Submission } from "./parse-submission";
import type { ValidationSummary } from "./publish-services";

export const VERIFIER_VERSION = "dataloft-credentials/1";

// The row of a stored entry with its projection, verification and validation: one shape for local
// publishes and harvested copies, so both are searched and explained alike.

export interface EntryCreateOptions {
  submission: Submission;
  verification: VerificationOutcome;
  validation: ValidationSummary;
  projection: SearchProjectionData;
  now: Date;
  origin: OriginKind;
  status?: LifecycleStatus;
  previousHash?: string | null;
  publishedById?: string | null;
  publishedOnBehalf?: boolean;
}

export function entryCreateData(options: EntryCreateOptions): Prisma.SelfDescriptionUncheckedCreateInput {
  const { submission, verification, validation, projection, now } = options;
  return {
    hash: submission.hash,
    content: new TextEncoder().encode(submission.text),
    contentType: submission.contentType,
    format: submission.format,
    subjectIds: submission.subjectIds,
    types: projection.types,
    issuerDid: entryIssuer(submission, verification),
    trustFramework: validation.trustFramework,
    validFrom: dateClaim(submission, ["validFrom", "issuanceDate", "nbf"]),
    validUntil: dateClaim(submission, ["validUntil", "expirationDate", "exp"]),
    status: options.status ?? "ACTIVE",
    deprecatedAt: options.status === "DEPRECATED" ? now : null,
    eolAt: options.status === "EOL" ? now : null,
    previousHash: options.previousHash ?? null,
    publishedById: options.publishedById ?? null,
    publishedOnBehalf: options.publishedOnBehalf ?? false,
    origin: options.origin,
    createdAt: now,
    statusChangedAt: now,
    projection: { create: { ...projection, claims: projection.claims as Prisma.InputJsonValue, projectionVersion: PROJECTION_VERSION } },
    verification: {
      create: {
        verified: verification.verified,
        format: verification.format,
        issuer: verification.issuer,
        checks: verification.checks as unknown as Prisma.InputJsonValue,
        warnings: verification.warnings,
        errors: verification.errors,
        verifierVersion: VERIFIER_VERSION,
      },
    },
    validations: { create: { conforms: validation.conforms, results: validation as unknown as Prisma.InputJsonValue } },
  };
}

export function entryIssuer(submission: Submission, verification: VerificationOutcome): string {
  return verification.issuer ?? submission.claimedIssuer ?? "";
}

function dateClaim(submission: Submission, names: string[]): Date | null {
  for (const name of names) {
    const value = submission.document[name];
    if (typeof value === "number") return new Date(value > 1e11 ? value : value * 1000);
    if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return new Date(value);
  }
  return null;
}
