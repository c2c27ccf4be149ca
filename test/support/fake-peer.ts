import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { generateKeyPair } from "@/lib/credentials/keys/generate-key-pair";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { buildDidDocument } from "@/lib/participants/build-did-document";
import type { JsonObject } from "@/lib/credentials/types";
import { unsignedHealthDataset } from "./health-credential";

// A peer catalogue on a loopback port for federation tests: it hosts one participant's did:web
// document and serves a change feed in the dataLOFT shape, with hooks to misbehave.

type Status = "ACTIVE" | "DEPRECATED" | "REVOKED" | "EOL";

interface Entry {
  hash: string;
  document: string;
  status: Status;
  updatedAt: Date;
}

export interface FakePeer {
  baseUrl: string;
  host: string;
  issuerDid: string;
  requests: string[];
  /** Signs a health dataset credential with the peer participant's key. */
  signDataset(options: { title: string; description: string }): Promise<string>;
  /** Serves a document in the feed (as it is: tampered ones too); returns its hash. */
  serve(document: string, status?: Status, announcedHash?: string): string;
  setStatus(hash: string, status: Status): void;
  /** Replaces the answer to feed requests (e.g. garbage, a 500) from the given page on. */
  breakFeed(fromPage: number, answer: { status: number; body: string }): void;
  close(): Promise<void>;
}

const documentLoader = createDocumentLoader();

export async function startFakePeer(options: { pageSize?: number } = {}): Promise<FakePeer> {
  const entries: Entry[] = [];
  const requests: string[] = [];
  let broken: { fromPage: number; answer: { status: number; body: string } } | null = null;
  let clock = Date.now();
  const tick = () => new Date((clock += 1));
  let issuerDid = "";
  let didDocument: unknown = null;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://peer.test");
    requests.push(`${url.pathname}${url.search}`);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    if (url.pathname === "/participants/clinic/did.json") return json(200, didDocument);
    if (url.pathname !== "/api/v1/self-descriptions") return json(404, { title: "not found" });
    const since = url.searchParams.get("updatedSince") ?? "";
    const limit = Number(url.searchParams.get("limit") ?? options.pageSize ?? 100);
    const ordered = [...entries].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.hash.localeCompare(b.hash));
    const start = since.startsWith("c.") ? Number(since.slice(2)) : ordered.findIndex((entry) => entry.updatedAt >= new Date(since));
    const from = start < 0 ? ordered.length : start;
    const page = Math.floor(from / Math.max(1, options.pageSize ?? limit));
    if (broken && page >= broken.fromPage) return json(broken.answer.status, broken.answer.body);
    const items = ordered.slice(from, from + Math.min(limit, options.pageSize ?? limit));
    const next = from + items.length;
    json(200, {
      items: items.map((entry) => ({
        hash: entry.hash,
        status: entry.status,
        statusChangedAt: entry.updatedAt.toISOString(),
        updatedAt: entry.updatedAt.toISOString(),
        format: "JSONLD_VC",
        contentType: "application/ld+json",
        document: entry.document,
      })),
      cursor: `c.${next}`,
      hasMore: next < ordered.length,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const host = `127.0.0.1:${port}`;
  issuerDid = `did:web:${encodeURIComponent(host)}:participants:clinic`;
  const pair = await generateKeyPair({ algorithm: "Ed25519", controller: issuerDid, fragment: "key-1" });
  didDocument = buildDidDocument({ did: issuerDid, keys: [{ keyId: "key-1", publicKeyJwk: pair.publicKeyJwk, status: "ACTIVE" }] });

  return {
    baseUrl: `http://${host}`,
    host: "127.0.0.1",
    issuerDid,
    requests,
    async signDataset({ title, description }) {
      const unsigned = { ...unsignedHealthDataset({ title, description, subjectId: `urn:uuid:${randomUUID()}` }), issuer: issuerDid } as JsonObject;
      const signed = await signDataIntegrity({
        document: unsigned,
        suite: "eddsa-rdfc-2022",
        privateKeyJwk: pair.privateKeyJwk,
        verificationMethodId: `${issuerDid}#key-1`,
        documentLoader,
      });
      return JSON.stringify(signed);
    },
    serve(document, status = "ACTIVE", announcedHash) {
      const hash = announcedHash ?? createHash("sha256").update(document).digest("hex");
      entries.push({ hash, document, status, updatedAt: tick() });
      return hash;
    },
    setStatus(hash, status) {
      const entry = entries.find((candidate) => candidate.hash === hash);
      if (!entry) throw new Error(`fake peer serves no ${hash}`);
      Object.assign(entry, { status, updatedAt: tick() });
    },
    breakFeed(fromPage, answer) {
      broken = { fromPage, answer };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
