import { z } from "zod";
import { SHAPE_SETS } from "@/lib/validation/shapes/shape-sets";
import type { ShapeSetId } from "@/lib/validation/types";

// Contracts of the schema registry, shared by the API, the admin page's actions and the lib functions.

export const SCHEMA_PROFILES = Object.keys(SHAPE_SETS) as [ShapeSetId, ...ShapeSetId[]];

/** Upper bound for one uploaded shapes document (the largest shipped set, Loire, is 2.3 MB). */
export const MAX_SCHEMA_CHARACTERS = 3_000_000;

export const uploadSchemaInput = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, "Use 1–80 letters, digits, dots, dashes or underscores"),
  version: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.+_-]{0,39}$/, "Use 1–40 letters, digits, dots, plus, dashes or underscores, e.g. 1.0.0"),
  format: z.enum(["turtle", "jsonld"]),
  /** The built-in shape set these shapes extend: they run wherever that set runs. */
  profile: z.enum(SCHEMA_PROFILES),
  content: z.string().min(1, "Paste the shapes document").max(MAX_SCHEMA_CHARACTERS, "The shapes document is too large"),
});

export type UploadSchemaInput = z.input<typeof uploadSchemaInput>;

export const schemaStatus = z.enum(["DRAFT", "ACTIVE", "RETIRED"]);

export const findSchemasQuery = z.object({
  status: schemaStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(64).optional(),
});

export const schemaIdParams = z.object({ id: z.string().min(1).max(64) });
