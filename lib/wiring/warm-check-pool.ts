import "server-only";
import { logger } from "@/lib/logger";
import { GX_LOIRE_CONTEXT } from "@/lib/catalogue/build-legal-person-credential";
import { lintInPool } from "./lint-in-pool";

// The check pool is created on first use; its workers then load the credential core (through tsx) and
// parse the shape sets a document needs, which took longer than the publish wizard's live lint may wait
// on a busy machine. At server start, one background lint of a small Loire participant draft and of a
// health dataset draft starts the workers and parses the shapes the wizard's forms use.

const DRAFTS: Record<string, unknown>[] = [
  {
    "@context": ["https://www.w3.org/ns/credentials/v2", GX_LOIRE_CONTEXT],
    type: ["VerifiableCredential"],
    issuer: "did:web:warm-up.invalid",
    credentialSubject: { id: "did:web:warm-up.invalid", type: "gx:LegalPerson" },
  },
  {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      { dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/" },
      "https://w3id.org/dataloft/health/v1",
    ],
    type: ["VerifiableCredential"],
    issuer: "did:web:warm-up.invalid",
    credentialSubject: { id: "urn:uuid:00000000-0000-4000-8000-00000000aaaa", type: "dcat:Dataset", "dct:title": "Warm-up" },
  },
];

export async function warmCheckPool(): Promise<void> {
  const started = Date.now();
  for (const credential of DRAFTS) {
    try {
      await lintInPool({ credential, budget: "background" });
    } catch (error) {
      // A warm-up that fails costs only the first real check its start-up; it never stops the server.
      logger.warn("check pool warm-up failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }
  logger.info("check pool warm", { ms: Date.now() - started });
}
