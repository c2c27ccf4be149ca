import type { EntryOrigin, SelfDescription, ValidationReport, VerificationResult } from "@/lib/generated/prisma/client";
import type { ProjectionRow } from "./entry-create-data";

// The columns the store writes, one typed definition per table. `satisfies Record<keyof Row, …>` makes a
// column added to the Prisma schema a compile error here until it is given a type, so an INSERT can
// never silently miss it (the store builds its column lists and casts from these objects).

/** How a value travels: as text (or text[]/boolean/integer) with an explicit cast, read alike by node-postgres and PGlite. */
export type ColumnType = "text" | "text[]" | "bytea" | "integer" | "boolean" | "timestamp" | "jsonb" | `enum:${string}`;

export const SELF_DESCRIPTION_COLUMNS = {
  hash: "text",
  content: "bytea",
  contentType: "text",
  format: "enum:SdFormat",
  subjectIds: "text[]",
  types: "text[]",
  issuerDid: "text",
  trustFramework: "text",
  status: "enum:LifecycleStatus",
  statusChangedAt: "timestamp",
  deprecatedAt: "timestamp",
  revokedAt: "timestamp",
  eolAt: "timestamp",
  validFrom: "timestamp",
  validUntil: "timestamp",
  previousHash: "text",
  publishedById: "text",
  publishedOnBehalf: "boolean",
  origin: "enum:OriginKind",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies Record<keyof SelfDescription, ColumnType>;

/** The projection's application-written columns; the generated and trigger-mirrored ones stay the database's. */
export const PROJECTION_COLUMNS = {
  selfDescriptionHash: "text",
  projectionVersion: "integer",
  title: "text",
  description: "text",
  keywords: "text[]",
  types: "text[]",
  providerName: "text",
  providerDid: "text",
  purposes: "text[]",
  healthThemes: "text[]",
  pseudonymisation: "text",
  accessRights: "text",
  licence: "text",
  trustFramework: "text",
  language: "text",
  searchText: "text",
  claims: "jsonb",
  updatedAt: "timestamp",
} as const satisfies Record<keyof ProjectionRow, ColumnType>;

export const VERIFICATION_COLUMNS = {
  id: "text",
  selfDescriptionHash: "text",
  verified: "boolean",
  format: "text",
  issuer: "text",
  checks: "jsonb",
  warnings: "jsonb",
  errors: "jsonb",
  verifierVersion: "text",
  verifiedAt: "timestamp",
} as const satisfies Record<keyof VerificationResult, ColumnType>;

export const VALIDATION_COLUMNS = {
  id: "text",
  selfDescriptionHash: "text",
  schemaId: "text",
  conforms: "boolean",
  results: "jsonb",
  current: "boolean",
  createdAt: "timestamp",
} as const satisfies Record<keyof ValidationReport, ColumnType>;

export const ORIGIN_COLUMNS = {
  selfDescriptionHash: "text",
  peerId: "text",
  peerCursor: "text",
  firstSeenAt: "timestamp",
  lastSeenAt: "timestamp",
  stale: "boolean",
  peerStatus: "enum:LifecycleStatus",
} as const satisfies Record<keyof EntryOrigin, ColumnType>;

/** A statement's parameters: each value pushed once, referenced as `$n::cast`. */
export class StatementParams {
  readonly values: unknown[] = [];

  /** The placeholder for one value of the given column type. */
  add(value: unknown, type: ColumnType): string {
    const index = this.values.push(encode(value, type));
    if (type.startsWith("enum:")) return `$${index}::text::"${type.slice(5)}"`;
    if (type === "timestamp") return `$${index}::text::timestamp(3)`;
    if (type === "jsonb") return `$${index}::text::jsonb`;
    return `$${index}::${type}`;
  }

  /** `("a", "b", …)` and the matching placeholders of a row, in the definition's order. */
  row<Row extends Record<string, unknown>>(
    columns: Record<keyof Row & string, ColumnType>,
    row: Row,
    computed: Partial<Record<keyof Row & string, string>> = {},
  ) {
    const names = Object.keys(columns) as (keyof Row & string)[];
    return {
      columns: names.map((name) => `"${name}"`).join(", "),
      values: names.map((name) => computed[name] ?? this.add(row[name], columns[name])).join(", "),
    };
  }
}

function encode(value: unknown, type: ColumnType): unknown {
  if (value === undefined || value === null) return null;
  if (type === "timestamp") return (value as Date).toISOString();
  if (type === "jsonb") return JSON.stringify(value);
  return value;
}
