import "server-only";
import { X509Certificate } from "node:crypto";
import { z } from "zod";
import { db, getDatabase } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";

export const addTrustAnchorInput = z.object({
  name: z.string().trim().min(1).max(200),
  certificatePem: z.string().min(100).max(20_000),
});

/** A root certificate that certificate chains of signing keys (x5u/x5c) may end at. */
export async function addTrustAnchor(options: { actor: Actor | null; input: z.input<typeof addTrustAnchorInput>; requestId?: string }) {
  const actor = assertCatalogueAdmin(options.actor);
  const input = addTrustAnchorInput.parse(options.input);
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(input.certificatePem);
  } catch (cause) {
    throw new AppError("INVALID_INPUT", {
      message: "The certificate is not a PEM-encoded X.509 certificate.",
      invalidParams: [{ name: "body.certificatePem", reason: "not parseable" }],
      cause,
    });
  }
  if (!certificate.ca)
    throw new AppError("UNPROCESSABLE", {
      message: "A trust anchor must be a CA certificate.",
      invalidParams: [{ name: "body.certificatePem", reason: "basicConstraints CA is false" }],
    });
  const fingerprintSha256 = certificate.fingerprint256.replaceAll(":", "").toLowerCase();
  return db().$transaction(async (tx) => {
    const anchor = await tx.trustAnchor.upsert({
      where: { fingerprintSha256 },
      create: {
        name: input.name,
        certificatePem: certificate.toString(),
        fingerprintSha256,
        subject: certificate.subject,
        notAfter: new Date(certificate.validTo),
      },
      update: { name: input.name, enabled: true },
    });
    await recordAuditEvent(tx, {
      action: "trust-anchor.added",
      subjectType: "TrustAnchor",
      subjectId: anchor.id,
      actor,
      detail: { fingerprintSha256, subject: certificate.subject },
      requestId: options.requestId,
    });
    return { id: anchor.id, name: anchor.name, subject: anchor.subject, fingerprintSha256, notAfter: anchor.notAfter.toISOString() };
  });
}

export async function loadTrustAnchorPems(): Promise<string[]> {
  // Read for every publish: plain SQL (no per-call query compilation).
  const rows = await getDatabase().sql.query<{ certificatePem: string }>(`SELECT "certificatePem" FROM "TrustAnchor" WHERE "enabled"`);
  return rows.map((row) => row.certificatePem);
}
