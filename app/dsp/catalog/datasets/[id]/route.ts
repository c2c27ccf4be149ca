import { getEnv } from "@/lib/env";
import { findCatalogueDatasets } from "@/lib/catalogue/find-catalogue-datasets";
import { findOffersByHash } from "@/lib/contracts/offers/find-offers-by-hash";
import { buildDspDataset, dspCatalogError, DSP_CONTEXT } from "@/lib/dsp/build-dsp-dataset";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const [dataset] = /^[0-9a-f]{64}$/.test(id) ? await findCatalogueDatasets({ hash: id, limit: 1 }) : [];
  if (!dataset) return Response.json(dspCatalogError({ code: "404", reason: `No dataset ${id} in this catalogue.` }), { status: 404 });
  const offersByHash = await findOffersByHash({ hashes: [dataset.hash] });
  return Response.json({ "@context": DSP_CONTEXT, ...buildDspDataset(dataset, { publicUrl: getEnv().publicUrl, offersByHash }) });
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
