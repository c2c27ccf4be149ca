import { getEnv } from "@/lib/env";
import { readBodyText } from "@/lib/http/read-body";
import { findCatalogueDatasets } from "@/lib/catalogue/find-catalogue-datasets";
import { parseCatalogRequest } from "@/lib/dsp/parse-catalog-request";
import { findOffersByHash } from "@/lib/contracts/offers/find-offers-by-hash";
import { buildDspCatalog, dspCatalogError } from "@/lib/dsp/build-dsp-dataset";
import { participantDid } from "@/lib/participants/participant-did";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Dataspace Protocol catalog request. Protocol errors answer with dspace:CatalogError, as the protocol
// prescribes (not problem+json).
export async function POST(request: Request): Promise<Response> {
  const env = getEnv();
  let text: string;
  try {
    text = await readBodyText(request, { maxBytes: 64 * 1024 });
  } catch {
    return Response.json(dspCatalogError({ code: "413", reason: "The request body is too large." }), { status: 413 });
  }
  const parsed = parseCatalogRequest(text);
  if (!parsed.ok) return Response.json(dspCatalogError({ code: "400", reason: parsed.reason }), { status: 400 });
  const datasets = await findCatalogueDatasets({ limit: 500 });
  const offersByHash = await findOffersByHash({ hashes: datasets.map((dataset) => dataset.hash) });
  return Response.json(
    buildDspCatalog({ datasets, offersByHash, publicUrl: env.publicUrl, participantId: participantDid({ publicUrl: env.publicUrl, slug: "operator" }) }),
  );
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
