import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminTable } from "@/components/admin-table";
import { findParticipants } from "@/lib/registry/find-participants";
import { requireAdminPage } from "../_lib/require-admin-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("metaTitle", { page: t("participants.title") }) };
}
export const dynamic = "force-dynamic";

export default async function ParticipantsPage() {
  const actor = await requireAdminPage("/admin/participants");
  if (!actor) return <AdminNotAllowed />;
  const [participants, t, tAdmin] = await Promise.all([findParticipants({ actor }), getTranslations("admin.participants"), getTranslations("admin")]);
  const caption = t("caption");
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title={t("title")}>
        {participants.total > participants.items.length
          ? t("introPartial", { total: participants.total, shown: participants.items.length })
          : t("intro", { total: participants.total })}
      </AdminPageHeader>
      <section aria-labelledby="participants-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="participants-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <div className="mt-3">
          <AdminTable
            caption={caption}
            regionLabel={tAdmin("tableRegion", { caption })}
            columns={[t("columns.name"), t("columns.kind"), t("columns.did"), t("columns.members"), t("columns.entries")]}
            empty={t("empty")}
            testId="participant-row"
            rows={participants.items.map((participant) => ({
              key: participant.slug,
              cells: [
                <span key="name" className="font-medium">
                  {participant.legalName}
                </span>,
                participant.kind === "CITIZEN" ? t("citizen") : t("organisation"),
                <a key="did" className="break-all font-mono text-xs text-brand-700 underline" href={`/participants/${participant.slug}/did.json`}>
                  {participant.did}
                </a>,
                participant.memberCount,
                participant.entryCount > 0 ? (
                  <Link key="entries" className="text-brand-700 underline" href={`/catalogue?issuer=${encodeURIComponent(participant.did)}&status=all`}>
                    {participant.entryCount} ({participant.activeEntryCount})
                  </Link>
                ) : (
                  "0"
                ),
              ],
            }))}
          />
        </div>
      </section>
    </div>
  );
}
