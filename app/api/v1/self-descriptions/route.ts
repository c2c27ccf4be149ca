import { withApi } from "@/app/api/_lib/with-api";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";

// The catalogue is public: anyone may search it. Publishing (POST) needs a participant's token.
export const GET = withApi({
  auth: false,
  query: searchQuerySchema,
  handler: ({ query }) => findSelfDescriptions(query),
});
