import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseSubmission } from "@/lib/catalogue/parse-submission";
import { deriveProjection } from "@/lib/catalogue/derive-projection";
import { entryCreateData, entryIssuer } from "@/lib/catalogue/entry-create-data";
import { submissionCredentials } from "@/lib/catalogue/submission-credentials";
import { validateSubmission } from "@/lib/catalogue/validate-submission";
import { serializeEntry } from "@/lib/catalogue/serialize-entry";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createX509KeyCheck } from "@/lib/credentials/x509/create-x509-key-check";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { buildDidDocument } from "@/lib/participants/build-did-document";
import { createShapesRegistry } from "@/lib/validation/shapes/create-shapes-registry";

// The baseline of bench/publish.ts: the straightforward implementation of the same publish stages
// (parse → look up → authorise → verify → validate → project → store → answer) for JSON-LD
// credentials. What does not depend on the document is built once, as any competent implementation
// would: the JSON-LD context loader (rebuilt only when the operator's contexts change) and the parsed
// SHACL shapes. Every database step goes through the ORM, one query after another: the entry looked up
// with its relations, the issuer, the DID document with its keys, the trust anchors and the operator's
// contexts, the provider names, then in one interactive transaction the predecessors read, deprecated
// and the entry created as a nested write plus its audit row, and the entry read back for the answer.
// It writes the same rows as the portal (entryCreateData). Refusals are plain errors, and status lists
// and pinned DIDs are left out: the bench only sends valid documents of a hosted participant that name
// no status list. (Until 2026-12-02 it also rebuilt the loader and the shapes for every document,
// which made the ratios against it a strawman's; bench/pipeline.ts has the verify+validate comparison.)

const shapes = createShapesRegistry();
let loader: { signature: string; documentLoader: ReturnType<typeof createDocumentLoader> } | null = null;

function contextLoader(rows: { url: string; content: string }[]) {
  const signature = JSON.stringify(rows.map((row) => [row.url, row.content]));
  if (loader?.signature !== signature) {
    loader = { signature, documentLoader: createDocumentLoader({ extraContexts: new Map(rows.map((row) => [row.url, JSON.parse(row.content) as unknown])) }) };
  }
  return loader.documentLoader;
}

const include = { projection: true, verification: true, validations: { where: { current: true }, take: 1, orderBy: { createdAt: "desc" } } } as const;

async function findEntry(hash: string) {
  const row = await db().selfDescription.findUnique({ where: { hash }, include });
  return row ? serializeEntry(row) : null;
}

async function findHostedDidDocument(did: string) {
  const participant = await db().participant.findUnique({ where: { did }, include: { keys: { orderBy: { createdAt: "asc" } } } });
  return participant ? buildDidDocument({ did: participant.did, keys: participant.keys }) : null;
}

export async function naivePublish(options: { actor: Actor; text: string; contentType: string }) {
  const submission = parseSubmission({ text: options.text, contentType: options.contentType });
  const existing = await findEntry(submission.hash);
  if (existing) return { created: false, entry: existing };

  const issuer = await db().participant.findUnique({ where: { did: submission.claimedIssuer ?? "" }, select: { id: true } });
  if (!issuer || !options.actor.memberships.some((m) => m.participantId === issuer.id && m.role !== "CITIZEN")) throw new Error("not the issuer's member");

  const extraContexts = await db().jsonLdContext.findMany({ where: { status: "ACTIVE" }, orderBy: { url: "asc" } });
  const documentLoader = contextLoader(extraContexts);
  const trustAnchors = await db().trustAnchor.findMany({ where: { enabled: true }, select: { certificatePem: true } });
  const verification = await verifyCredential({
    document: submission.document,
    format: submission.format,
    documentLoader,
    didResolver: createDidResolver({ hosted: findHostedDidDocument }),
    checkKey: createX509KeyCheck({ trustAnchors: trustAnchors.map((row) => row.certificatePem) }),
  });
  if (!verification.verified) throw new Error(`not verified: ${verification.errors.join("; ")}`);
  const credentials = submissionCredentials(submission);
  const validation = await validateSubmission({ submission, credentials, documentLoader, shapes });
  if (!validation.conforms) throw new Error("does not conform");

  const issuers = credentials.map((credential) => credential.issuer).filter((did): did is string => typeof did === "string");
  const participants = await db().participant.findMany({ where: { did: { in: issuers } }, select: { did: true, legalName: true } });
  const projection = deriveProjection({
    credentials,
    trustFramework: validation.trustFramework,
    providerNames: new Map(participants.map((p) => [p.did, p.legalName])),
  });
  const now = new Date();

  await db().$transaction(async (tx) => {
    const previous = await tx.selfDescription.findMany({
      where: { issuerDid: entryIssuer(submission, verification), status: "ACTIVE", subjectIds: { hasSome: submission.subjectIds } },
      orderBy: { createdAt: "desc" },
      select: { hash: true },
    });
    if (previous.length > 0) {
      await tx.selfDescription.updateMany({
        where: { hash: { in: previous.map((p) => p.hash) } },
        data: { status: "DEPRECATED", deprecatedAt: now, statusChangedAt: now },
      });
    }
    const data = entryCreateData({
      submission,
      verification,
      validation,
      projection,
      now,
      origin: "LOCAL",
      previousHash: previous[0]?.hash ?? null,
      publishedById: issuer.id,
    });
    await tx.selfDescription.create({ data });
    await recordAuditEvent(tx, {
      action: "self-description.published",
      subjectType: "SelfDescription",
      subjectId: submission.hash,
      actor: options.actor,
      actorParticipantId: issuer.id,
      detail: { format: submission.format, deprecated: previous.map((p) => p.hash) },
    });
  });
  return { created: true, entry: await findEntry(submission.hash) };
}
