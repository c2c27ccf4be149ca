import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import type { DocumentLoader } from "@/lib/credentials/types";
import { getContextLoader } from "@/lib/wiring/services";
import { parseSchemaContent } from "./parse-schema-content";
import { uploadSchemaInput, type UploadSchemaInput } from "./schema-input";
import { toSchemaView, type SchemaView } from "./serialize-schema";

export interface UploadSchemaOptions {
  actor: Actor | null;
  input: UploadSchemaInput;
  requestId?: string;
  /** Defaults to the portal's offline loader (pinned and operator contexts). */
  documentLoader?: DocumentLoader;
}

/**
 * Stores a new shapes version as DRAFT after parsing it completely: a malformed document is refused
 * with the parser's line and column, and nothing is stored. Activation is a separate, audited step.
 */
export async function uploadSchema(options: UploadSchemaOptions): Promise<SchemaView & { nodeShapeCount: number }> {
  const actor = assertCatalogueAdmin(options.actor);
  const input = uploadSchemaInput.parse(options.input);
  const format = input.format === "turtle" ? "TURTLE" : "JSONLD";
  const documentLoader = options.documentLoader ?? (await getContextLoader());
  const { nodeShapeCount } = await parseSchemaContent({ content: input.content, format, documentLoader });
  const contentHash = createHash("sha256").update(input.content, "utf8").digest("hex");
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.schema.create({
        data: {
          name: input.name,
          version: input.version,
          trustFramework: input.profile,
          format,
          content: input.content,
          contentHash,
          createdById: actor.userId,
        },
      });
      await recordAuditEvent(tx, {
        action: "schema.uploaded",
        subjectType: "Schema",
        subjectId: row.id,
        actor,
        detail: { name: row.name, version: row.version, profile: input.profile, contentHash, nodeShapeCount } as Prisma.InputJsonValue,
        requestId: options.requestId,
      });
      return { ...toSchemaView(row), nodeShapeCount };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", {
        message: `Version ${input.version} of ${input.name} exists already: upload it under a new version.`,
        invalidParams: [{ name: "body.version", reason: "already used for this name" }],
        cause: error,
      });
    }
    throw error;
  }
}
