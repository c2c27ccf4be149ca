import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { isCatalogueAdmin } from "@/lib/auth/actor";
import { findSchemas } from "@/lib/schemas/find-schemas";
import { findRevalidationRuns } from "@/lib/schemas/find-revalidation-runs";
import { SHAPE_SETS } from "@/lib/validation/shapes/shape-sets";
import { AdminActionButton } from "@/components/admin-action-button";
import { AdminAutoRefresh } from "@/components/admin-auto-refresh";
import { AdminBreadcrumb } from "@/components/admin-breadcrumb";
import { AdminRevalidationRuns } from "@/components/admin-revalidation-runs";
import { AdminSchemaTable } from "@/components/admin-schema-table";
import { AdminSchemaUploadForm } from "@/components/admin-schema-upload-form";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { activateSchemaAction, retireSchemaAction, startRevalidationAction, uploadSchemaAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("metaTitle", { page: t("schemas.title") }) };
}

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function SchemasPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/admin/schemas");
  if (!isCatalogueAdmin(actor)) return <AdminNotAllowed />;
  const [schemas, runs, t] = await Promise.all([
    findSchemas({ actor, query: { limit: 200 } }),
    findRevalidationRuns({ actor, limit: 5 }),
    getTranslations("admin.schemas"),
  ]);
  const inProgress = runs.items.some((run) => run.status === "QUEUED" || run.status === "RUNNING");
  const profiles = Object.values(SHAPE_SETS).map((set) => ({ id: set.id, description: set.description }));

  return (
    <div className="flex flex-col gap-8">
      <AdminAutoRefresh active={inProgress} />
      <div>
        <AdminBreadcrumb />
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t.rich("intro", { code })}</p>
      </div>

      <section aria-labelledby="schemas-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="schemas-heading" className="text-lg font-semibold">
          {t("uploadedHeading")}
        </h2>
        <div className="mt-3">
          <AdminSchemaTable schemas={schemas.items} activate={activateSchemaAction} retire={retireSchemaAction} />
        </div>
      </section>

      <section aria-labelledby="upload-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="upload-heading" className="text-lg font-semibold">
          {t("uploadHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t.rich("uploadIntro", { code })}</p>
        <div className="mt-4">
          <AdminSchemaUploadForm action={uploadSchemaAction} profiles={profiles} />
        </div>
      </section>

      <section aria-labelledby="runs-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 id="runs-heading" className="text-lg font-semibold">
            {t("revalidationHeading")}
          </h2>
          <AdminActionButton action={startRevalidationAction} label={t("revalidateAll")} />
        </div>
        <div className="mt-3" aria-live="polite">
          <AdminRevalidationRuns runs={runs.items} />
        </div>
      </section>
    </div>
  );
}
