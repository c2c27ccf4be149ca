import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { isCatalogueAdmin } from "@/lib/auth/actor";
import { findSchemas } from "@/lib/schemas/find-schemas";
import { findRevalidationRuns } from "@/lib/schemas/find-revalidation-runs";
import { SHAPE_SETS } from "@/lib/validation/shapes/shape-sets";
import { AdminActionButton } from "@/components/admin-action-button";
import { AdminAutoRefresh } from "@/components/admin-auto-refresh";
import { AdminRevalidationRuns } from "@/components/admin-revalidation-runs";
import { AdminSchemaTable } from "@/components/admin-schema-table";
import { AdminSchemaUploadForm } from "@/components/admin-schema-upload-form";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { activateSchemaAction, retireSchemaAction, startRevalidationAction, uploadSchemaAction } from "./actions";

export const metadata: Metadata = { title: "Schemas · Administration" };

export default async function SchemasPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/admin/schemas");
  if (!isCatalogueAdmin(actor)) return <AdminNotAllowed />;
  const [schemas, runs] = await Promise.all([findSchemas({ actor, query: { limit: 200 } }), findRevalidationRuns({ actor, limit: 5 })]);
  const inProgress = runs.items.some((run) => run.status === "QUEUED" || run.status === "RUNNING");
  const profiles = Object.values(SHAPE_SETS).map((set) => ({ id: set.id, description: set.description }));

  return (
    <div className="flex flex-col gap-8">
      <AdminAutoRefresh active={inProgress} />
      <div>
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">
            Administration
          </Link>
        </nav>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Schemas</h1>
        <p className="mt-2 text-slate-700">
          Shapes you upload extend a built-in profile: once active, they are checked wherever that profile applies, when publishing and when stored entries are
          revalidated. Every activation or retirement revalidates the active entries in the background; an entry that no longer conforms is flagged, never
          deleted. Machines use <code>/api/v1/schemas</code>.
        </p>
      </div>

      <section aria-labelledby="schemas-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="schemas-heading" className="text-lg font-semibold">
          Uploaded versions
        </h2>
        <div className="mt-3">
          <AdminSchemaTable schemas={schemas.items} activate={activateSchemaAction} retire={retireSchemaAction} />
        </div>
      </section>

      <section aria-labelledby="upload-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload a new version
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          The document is parsed completely first; a malformed one is refused with the line and column of the problem, and nothing is stored. It must declare at
          least one <code>sh:NodeShape</code>. JSON-LD may only cite pinned or registered contexts.
        </p>
        <div className="mt-4">
          <AdminSchemaUploadForm action={uploadSchemaAction} profiles={profiles} />
        </div>
      </section>

      <section aria-labelledby="runs-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 id="runs-heading" className="text-lg font-semibold">
            Revalidation
          </h2>
          <AdminActionButton action={startRevalidationAction} label="Revalidate all entries now" />
        </div>
        <div className="mt-3" aria-live="polite">
          <AdminRevalidationRuns runs={runs.items} />
        </div>
      </section>
    </div>
  );
}
