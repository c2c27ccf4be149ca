import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getSelfDescriptionVersions } from "@/lib/catalogue/get-self-description";

export const GET = withApi({
  auth: false,
  params: z.object({ hash: z.string() }),
  handler: ({ params }) => getSelfDescriptionVersions({ hash: params.hash }),
});
