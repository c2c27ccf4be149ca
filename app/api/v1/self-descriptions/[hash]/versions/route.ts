import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getSelfDescriptionVersions } from "@/lib/catalogue/get-self-description";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({
  auth: false,
  params: z.object({ hash: z.string() }),
  handler: ({ params }) => getSelfDescriptionVersions({ hash: params.hash }),
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
