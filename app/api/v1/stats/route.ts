import { withApi } from "@/app/api/_lib/with-api";
import { getCatalogueFigures } from "@/lib/catalogue/get-catalogue-figures";

export const GET = withApi({ auth: false, handler: () => getCatalogueFigures() });
