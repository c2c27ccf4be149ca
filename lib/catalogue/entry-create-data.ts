import { Prisma } from "@/lib/db";
import { createId } from "@/lib/db/create-id";
import type { LifecycleStatus, OriginKind, SearchProjection, SelfDescription, ValidationReport, VerificationResult } from "@/lib/generated/prisma/client";
import type { VerificationOutcome } from "@/lib/credentials/types";
import { PROJECTION_VERSION, type SearchProjectionData } from "./derive-projection";
import type { Submission } from "./parse-submission";
import type { ValidationSummary } from "./publish-services";

export const VERIFIER_VERSION = "dataloft-credentials/1";

// The rows of a stored entry with its projection, verification and validation: one shape for local
// publishes and harvested copies, both written by the one store (store-entry.ts), so both are searched
// and explained alike. entryCreateData gives the same rows as a Prisma nested create, which the store's
// parity test compares against. Every value is decided here, ids and
// timestamps included, so both routes write the same rows and a publish can answer without a re-read.

export interface EntryCreateOptions {
  submission: Submission;
  verification: VerificationOutcome;
  validation: ValidationSummary;
  projection: SearchProjectionData;
  /** The entry's own time (createdAt, statusChangedAt). */
  now: Date;
  origin: OriginKind;
  status?: LifecycleStatus;
  previousHash?: string | null;
  publishedById?: string | null;
  publishedOnBehalf?: boolean;
  /** When the rows are written (updatedAt, verifiedAt, checkedAt); the wall clock, as Prisma's defaults. */
  writtenAt?: Date;
}

/** The projection columns the application writes (others are generated or kept by triggers). */
export type ProjectionRow = Pick<
  SearchProjection,
  | "selfDescriptionHash"
  | "projectionVersion"
  | "title"
  | "description"
  | "keywords"
  | "types"
  | "providerName"
  | "providerDid"
  | "purposes"
  | "healthThemes"
  | "pseudonymisation"
  | "accessRights"
  | "licence"
  | "trustFramework"
  | "language"
  | "searchText"
  | "claims"
  | "updatedAt"
>;

export interface EntryRows {
  selfDescription: SelfDescription;
  projection: ProjectionRow;
  verification: VerificationResult;
  validation: ValidationReport;
}

/** JSON as the database keeps it: what JSON.stringify drops (undefined, functions) is gone here too. */
function asStoredJson<T>(value: T): Prisma.JsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.JsonValue;
}

export function entryRows(options: EntryCreateOptions): EntryRows {
  const { submission, verification, validation, projection, now } = options;
  const writtenAt = options.writtenAt ?? new Date();
  return {
    selfDescription: {
      hash: submission.hash,
      content: new TextEncoder().encode(submission.text),
      contentType: submission.contentType,
      format: submission.format,
      subjectIds: submission.subjectIds,
      types: projection.types,
      issuerDid: entryIssuer(submission, verification),
      trustFramework: validation.trustFramework,
      status: options.status ?? "ACTIVE",
      statusChangedAt: now,
      deprecatedAt: options.status === "DEPRECATED" ? now : null,
      revokedAt: null,
      eolAt: options.status === "EOL" ? now : null,
      validFrom: dateClaim(submission, ["validFrom", "issuanceDate", "nbf"]),
      validUntil: dateClaim(submission, ["validUntil", "expirationDate", "exp"]),
      previousHash: options.previousHash ?? null,
      publishedById: options.publishedById ?? null,
      publishedOnBehalf: options.publishedOnBehalf ?? false,
      origin: options.origin,
      createdAt: now,
      updatedAt: writtenAt,
    },
    projection: {
      selfDescriptionHash: submission.hash,
      projectionVersion: PROJECTION_VERSION,
      title: projection.title,
      description: projection.description,
      keywords: projection.keywords,
      types: projection.types,
      providerName: projection.providerName,
      providerDid: projection.providerDid,
      purposes: projection.purposes,
      healthThemes: projection.healthThemes,
      pseudonymisation: projection.pseudonymisation,
      accessRights: projection.accessRights,
      licence: projection.licence,
      trustFramework: projection.trustFramework,
      language: null,
      searchText: projection.searchText,
      claims: asStoredJson(projection.claims),
      updatedAt: writtenAt,
    },
    verification: {
      id: createId(),
      selfDescriptionHash: submission.hash,
      verified: verification.verified,
      format: verification.format,
      issuer: verification.issuer,
      checks: asStoredJson(verification.checks),
      warnings: asStoredJson(verification.warnings),
      errors: asStoredJson(verification.errors),
      verifierVersion: VERIFIER_VERSION,
      verifiedAt: writtenAt,
    },
    validation: {
      id: createId(),
      selfDescriptionHash: submission.hash,
      schemaId: null,
      // The column is NOT NULL: a not-validated verdict (null) is stored as not conforming.
      conforms: validation.conforms === true,
      results: asStoredJson(validation),
      current: true,
      createdAt: writtenAt,
    },
  };
}

const inputJson = (value: Prisma.JsonValue) => value as Prisma.InputJsonValue;

/** The same rows as one Prisma nested create (harvested copies). */
export function entryCreateData(options: EntryCreateOptions): Prisma.SelfDescriptionUncheckedCreateInput {
  const rows = entryRows(options);
  const { selfDescriptionHash: _projectionHash, claims, ...projection } = rows.projection;
  const { selfDescriptionHash: _verificationHash, checks, warnings, errors, ...verification } = rows.verification;
  const { selfDescriptionHash: _validationHash, results, ...validation } = rows.validation;
  return {
    ...rows.selfDescription,
    projection: { create: { ...projection, claims: claims === null ? Prisma.DbNull : inputJson(claims) } },
    verification: { create: { ...verification, checks: inputJson(checks), warnings: inputJson(warnings), errors: inputJson(errors) } },
    validations: { create: { ...validation, results: inputJson(results) } },
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
