import "server-only";
import { db, Prisma } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseSubmission } from "@/lib/catalogue/parse-submission";
import { AppError } from "@/lib/errors/app-error";
import { checkSubmission } from "@/lib/pipeline/check-submission";
import type { PipelineServices } from "@/lib/pipeline/pipeline-services";
import type { OperatorShapeIndex } from "./operator-shapes";

export interface RevalidateEntryOptions {
  entry: { hash: string; content: Uint8Array; contentType: string };
  services: PipelineServices;
  operatorShapes: OperatorShapeIndex;
  runId: string;
}

/**
 * Validates one stored entry exactly as publishing does (shapes of its framework, operator shapes
 * included, plus the Gaia-X rules) and records the outcome as the entry's current report. The entry
 * itself is never changed or deleted: a non-conforming entry is flagged by its report.
 */
export async function revalidateEntry(options: RevalidateEntryOptions): Promise<{ conforms: boolean; schemaId: string | null }> {
  const { entry, runId } = options;
  const submission = parseSubmission({ text: new TextDecoder().decode(entry.content), contentType: entry.contentType });
  const { validation: summary } = await checkSubmission(submission, options.services, { parts: { signatures: false, schema: true, rules: true } });
  if (!summary) throw new AppError("INTERNAL", { message: "The pipeline returned no validation for a revalidation." });
  // Not validated (null) counts as not conforming: the entry is flagged, as for a violation.
  const conforms = summary.conforms === true;

  const setsUsed = summary.shapesUsed.map((label) => label.slice(0, label.lastIndexOf("@")));
  const operatorSchemas = setsUsed.flatMap((set) => options.operatorShapes.bySet.get(set) ?? []);
  // The report names the uploaded schema whose shape raised the first violation, if one did.
  const schemaId =
    summary.results
      .filter((result) => result.severity === "Violation" && result.sourceShape)
      .map((result) => options.operatorShapes.ownerOfShape.get(result.sourceShape ?? ""))
      .find((owner): owner is string => Boolean(owner)) ?? null;

  await db().$transaction(async (tx) => {
    const previous = await tx.validationReport.findFirst({
      where: { selfDescriptionHash: entry.hash, current: true },
      orderBy: { createdAt: "desc" },
      select: { conforms: true },
    });
    await tx.validationReport.updateMany({ where: { selfDescriptionHash: entry.hash, current: true }, data: { current: false } });
    await tx.validationReport.create({
      data: {
        selfDescriptionHash: entry.hash,
        schemaId,
        conforms,
        current: true,
        results: { ...summary, operatorSchemas, revalidationRunId: runId } as unknown as Prisma.InputJsonValue,
      },
    });
    if ((previous?.conforms ?? true) !== conforms) {
      await recordAuditEvent(tx, {
        action: conforms ? "entry.conforms-again" : "entry.flagged",
        subjectType: "SelfDescription",
        subjectId: entry.hash,
        detail: { revalidationRunId: runId, schemaId } as Prisma.InputJsonValue,
      });
    }
  });
  return { conforms, schemaId };
}
