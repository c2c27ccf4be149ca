import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminActionButton } from "@/components/admin-action-button";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminRegistryForm } from "@/components/admin-registry-form";
import { AdminTable } from "@/components/admin-table";
import { findJsonLdContexts } from "@/lib/registry/manage-json-ld-contexts";
import { requireAdminPage } from "../_lib/require-admin-page";
import { pinContextAction, retireContextAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("metaTitle", { page: t("contexts.title") }) };
}
export const dynamic = "force-dynamic";

export default async function ContextsPage() {
  const actor = await requireAdminPage("/admin/contexts");
  if (!actor) return <AdminNotAllowed />;
  const [contexts, t, tAdmin, format] = await Promise.all([
    findJsonLdContexts({ actor }),
    getTranslations("admin.contexts"),
    getTranslations("admin"),
    getFormatter(),
  ]);
  const caption = t("caption");
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title={t("title")}>{t("intro")}</AdminPageHeader>
      <section aria-labelledby="contexts-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="contexts-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <div className="mt-3">
          <AdminTable
            caption={caption}
            regionLabel={tAdmin("tableRegion", { caption })}
            columns={[t("columns.url"), t("columns.status"), t("columns.hash"), t("columns.pinned"), ""]}
            empty={t("empty")}
            testId="context-row"
            rows={contexts.map((context) => ({
              key: context.url,
              cells: [
                <span key="url" className="break-all font-mono text-xs">
                  {context.url}
                </span>,
                context.status === "ACTIVE"
                  ? t("active")
                  : context.retiredAt
                    ? t("retiredOn", { date: format.dateTime(new Date(context.retiredAt), "moment") })
                    : t("retired"),
                <span key="hash" className="font-mono text-xs">
                  {context.contentHash.slice(0, 16)}…
                </span>,
                format.dateTime(new Date(context.createdAt), "moment"),
                context.status === "ACTIVE" ? (
                  <AdminActionButton
                    key="retire"
                    action={retireContextAction}
                    hidden={{ url: context.url }}
                    label={t("retire")}
                    accessibleLabel={t("retireLabel", { url: context.url })}
                    tone="danger"
                  />
                ) : null,
              ],
            }))}
          />
        </div>
      </section>
      <section aria-labelledby="pin-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pin-heading" className="text-lg font-semibold">
          {t("pinHeading")}
        </h2>
        <div className="mt-3">
          <AdminRegistryForm
            action={pinContextAction}
            submitLabel={t("submit")}
            fields={[
              { name: "url", label: t("urlLabel"), hint: t("urlHint"), placeholder: "https://example.org/contexts/health/v2" },
              { name: "document", label: t("documentLabel"), hint: t("documentHint"), multiline: true },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
