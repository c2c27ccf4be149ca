import "server-only";
import { canonizeWithIssues } from "@/lib/credentials/jsonld/canonize-with-issues";
import { getContextLoader } from "@/lib/wiring/services";

/**
 * The canonical (RDFC-1.0) N-Quads of a stored entry. Stored entries already passed publishing, so
 * terms that legacy documents drop are tolerated here; the document is never re-fetched from anywhere.
 */
export async function canonicalNQuads(options: { content: string; format: string }): Promise<string> {
  const document =
    options.format === "VC_JWT" || options.format === "VP_JWT"
      ? JSON.parse(Buffer.from(options.content.split(".")[1] ?? "", "base64url").toString("utf8"))
      : JSON.parse(options.content);
  const { canonical } = await canonizeWithIssues({ document, documentLoader: await getContextLoader() });
  return canonical;
}
