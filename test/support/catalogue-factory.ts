import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/lib/db";
import { deriveProjection } from "@/lib/catalogue/derive-projection";

/** Stores a catalogue entry directly (no signature): for search and listing tests only. */
export async function createTestEntry(
  database: Database,
  subject: Record<string, unknown>,
  options: { status?: "ACTIVE" | "DEPRECATED" | "REVOKED" | "EOL"; issuerDid?: string; createdAt?: Date; verified?: boolean } = {},
) {
  const credential = {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    type: ["VerifiableCredential"],
    issuer: options.issuerDid ?? "did:web:test.example",
    credentialSubject: { id: `urn:uuid:${randomBytes(8).toString("hex")}`, ...subject },
  };
  const text = JSON.stringify(credential);
  const hash = createHash("sha256").update(text).digest("hex");
  const projection = deriveProjection({ credentials: [credential], trustFramework: "gx-loire" });
  await database.prisma.selfDescription.create({
    data: {
      hash,
      content: new TextEncoder().encode(text),
      contentType: "application/ld+json",
      format: "JSONLD_VC",
      subjectIds: [String(credential.credentialSubject.id)],
      types: projection.types,
      issuerDid: credential.issuer,
      trustFramework: "gx-loire",
      status: options.status ?? "ACTIVE",
      createdAt: options.createdAt,
      projection: { create: { ...projection, claims: projection.claims as never, projectionVersion: 1 } },
      verification: { create: { verified: options.verified ?? true, format: "JSONLD_VC", checks: [], warnings: [], errors: [], verifierVersion: "test" } },
    },
  });
  return { hash, projection };
}
