import Link from "next/link";
import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminTable } from "@/components/admin-table";
import { findParticipants } from "@/lib/registry/find-participants";
import { requireAdminPage } from "../_lib/require-admin-page";

export const metadata: Metadata = { title: "Participants · Administration" };
export const dynamic = "force-dynamic";

export default async function ParticipantsPage() {
  const actor = await requireAdminPage("/admin/participants");
  if (!actor) return <AdminNotAllowed />;
  const participants = await findParticipants({ actor });
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title="Participants">
        Organisations and citizens hosted by this catalogue, each with its portal-hosted DID. {participants.total} in all
        {participants.total > participants.items.length ? `; the first ${participants.items.length} are listed` : ""}.
      </AdminPageHeader>
      <section aria-labelledby="participants-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="participants-heading" className="text-lg font-semibold">
          Registered participants
        </h2>
        <div className="mt-3">
          <AdminTable
            caption="Participants with their kind, DID, members and entries"
            columns={["Name", "Kind", "DID", "Members", "Entries (active)"]}
            empty="No participants yet."
            testId="participant-row"
            rows={participants.items.map((participant) => ({
              key: participant.slug,
              cells: [
                <span key="name" className="font-medium">
                  {participant.legalName}
                </span>,
                participant.kind === "CITIZEN" ? "citizen" : "organisation",
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
