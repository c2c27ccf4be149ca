import { withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { findCatalogueDatasets } from "@/lib/catalogue/find-catalogue-datasets";
import { buildDcatCatalog } from "@/lib/catalogue/build-dcat-catalog";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({
  auth: false,
  handler: async () =>
    Response.json(buildDcatCatalog({ datasets: await findCatalogueDatasets({ limit: 500 }), publicUrl: getEnv().publicUrl }), {
      headers: { "content-type": "application/ld+json" },
    }),
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
