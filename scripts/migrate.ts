// `npm run migrate`: applies pending migrations without starting the portal (for PostgreSQL
// deployments that migrate before rolling out). Never run it against the embedded database while
// the portal is running on the same folder.
import { parseEnv } from "@/lib/env";
import { prepareDatabase } from "./prepare-database";

prepareDatabase({ ...parseEnv(process.env), DATALOFT_SEED_DEMO: false })
  .then(({ applied }) => console.log(applied.length ? `Applied ${applied.join(", ")}` : "Schema up to date."))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
