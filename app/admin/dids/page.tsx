import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminRegistryForm } from "@/components/admin-registry-form";
import { AdminTable } from "@/components/admin-table";
import { findPinnedDids } from "@/lib/registry/pin-did-document";
import { requireAdminPage } from "../_lib/require-admin-page";
import { pinDidAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("metaTitle", { page: t("dids.title") }) };
}
export const dynamic = "force-dynamic";

export default async function KnownDidsPage() {
  const actor = await requireAdminPage("/admin/dids");
  if (!actor) return <AdminNotAllowed />;
  const [dids, t, tAdmin, format] = await Promise.all([findPinnedDids({ actor }), getTranslations("admin.dids"), getTranslations("admin"), getFormatter()]);
  const caption = t("caption");
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title={t("title")}>{t("intro")}</AdminPageHeader>
      <section aria-labelledby="dids-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="dids-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <div className="mt-3">
          <AdminTable
            caption={caption}
            regionLabel={tAdmin("tableRegion", { caption })}
            columns={[t("columns.did"), t("columns.source"), t("columns.changed")]}
            empty={t("empty")}
            testId="did-row"
            rows={dids.map((did) => ({
              key: did.did,
              cells: [
                <span key="did" className="break-all font-mono text-xs">
                  {did.did}
                </span>,
                did.source === "PINNED" ? t("pinnedByOperator") : t("resolved"),
                format.dateTime(new Date(did.updatedAt), "moment"),
              ],
            }))}
          />
        </div>
      </section>
      <section aria-labelledby="pin-did-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pin-did-heading" className="text-lg font-semibold">
          {t("pinHeading")}
        </h2>
        <div className="mt-3">
          <AdminRegistryForm
            action={pinDidAction}
            submitLabel={t("submit")}
            fields={[{ name: "document", label: t("documentLabel"), hint: t("documentHint"), multiline: true }]}
          />
        </div>
      </section>
    </div>
  );
}
