import type { SearchProjection, SelfDescription, ValidationReport, VerificationResult } from "@/lib/generated/prisma/client";

// What the public shape is made of: a row read through Prisma, or the rows a publish just wrote.
type EntryRow = SelfDescription & {
  projection: Pick<SearchProjection, "title" | "description"> | null;
  verification: VerificationResult | null;
  validations: Pick<ValidationReport, "conforms" | "results" | "createdAt">[];
};

/** The public shape of a catalogue entry: never a Prisma row as it is. */
export function serializeEntry(row: EntryRow) {
  const validation = row.validations[0];
  return {
    hash: row.hash,
    id: row.hash,
    format: row.format,
    status: row.status,
    issuer: row.issuerDid,
    subjectIds: row.subjectIds,
    types: row.types,
    trustFramework: row.trustFramework,
    validFrom: row.validFrom?.toISOString() ?? null,
    validUntil: row.validUntil?.toISOString() ?? null,
    previousHash: row.previousHash,
    origin: row.origin,
    publishedOnBehalf: row.publishedOnBehalf,
    createdAt: row.createdAt.toISOString(),
    statusChangedAt: row.statusChangedAt.toISOString(),
    title: row.projection?.title ?? null,
    description: row.projection?.description ?? null,
    verification: row.verification
      ? {
          verified: row.verification.verified,
          format: row.verification.format,
          issuer: row.verification.issuer,
          checks: row.verification.checks,
          warnings: row.verification.warnings,
          errors: row.verification.errors,
          verifiedAt: row.verification.verifiedAt.toISOString(),
        }
      : null,
    validation: validation ? { conforms: validation.conforms, report: validation.results, checkedAt: validation.createdAt.toISOString() } : null,
  };
}
