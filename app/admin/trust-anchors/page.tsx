import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminRegistryForm } from "@/components/admin-registry-form";
import { AdminTable } from "@/components/admin-table";
import { findTrustAnchors } from "@/lib/registry/find-trust-anchors";
import { requireAdminPage } from "../_lib/require-admin-page";
import { addTrustAnchorAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("metaTitle", { page: t("trustAnchors.title") }) };
}
export const dynamic = "force-dynamic";

export default async function TrustAnchorsPage() {
  const actor = await requireAdminPage("/admin/trust-anchors");
  if (!actor) return <AdminNotAllowed />;
  const [anchors, t, tAdmin, format] = await Promise.all([
    findTrustAnchors({ actor }),
    getTranslations("admin.trustAnchors"),
    getTranslations("admin"),
    getFormatter(),
  ]);
  const caption = t("caption");
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title={t("title")}>{t("intro")}</AdminPageHeader>
      <section aria-labelledby="anchors-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="anchors-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <div className="mt-3">
          <AdminTable
            caption={caption}
            regionLabel={tAdmin("tableRegion", { caption })}
            columns={[t("columns.name"), t("columns.subject"), t("columns.fingerprint"), t("columns.validUntil"), t("columns.inUse")]}
            empty={t("empty")}
            testId="anchor-row"
            rows={anchors.map((anchor) => ({
              key: anchor.id,
              cells: [
                <span key="name" className="font-medium">
                  {anchor.name}
                </span>,
                <span key="subject" className="break-all">
                  {anchor.subject.split("\n").join(", ")}
                </span>,
                <span key="fingerprint" className="break-all font-mono text-xs">
                  {anchor.fingerprintSha256}
                </span>,
                format.dateTime(new Date(anchor.notAfter), "day"),
                anchor.enabled ? t("yes") : t("no"),
              ],
            }))}
          />
        </div>
      </section>
      <section aria-labelledby="add-anchor-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="add-anchor-heading" className="text-lg font-semibold">
          {t("addHeading")}
        </h2>
        <div className="mt-3">
          <AdminRegistryForm
            action={addTrustAnchorAction}
            submitLabel={t("submit")}
            fields={[
              { name: "name", label: t("nameLabel"), placeholder: t("namePlaceholder") },
              { name: "certificatePem", label: t("pemLabel"), hint: t("pemHint"), multiline: true },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
