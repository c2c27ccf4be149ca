import { withApi } from "@/app/api/_lib/with-api";
import { getCatalogueFigures } from "@/lib/catalogue/get-catalogue-figures";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({ auth: false, handler: () => getCatalogueFigures() });

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
