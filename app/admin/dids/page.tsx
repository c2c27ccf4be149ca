import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminRegistryForm } from "@/components/admin-registry-form";
import { AdminTable } from "@/components/admin-table";
import { findPinnedDids } from "@/lib/registry/pin-did-document";
import { requireAdminPage } from "../_lib/require-admin-page";
import { pinDidAction } from "./actions";

export const metadata: Metadata = { title: "Known DIDs · Administration" };
export const dynamic = "force-dynamic";

export default async function KnownDidsPage() {
  const actor = await requireAdminPage("/admin/dids");
  if (!actor) return <AdminNotAllowed />;
  const dids = await findPinnedDids({ actor });
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title="Known DIDs">
        DIDs of participants hosted here resolve by themselves. For other issuers whose DID documents cannot be fetched (or must not be, while resolution over
        HTTPS is off), an operator vouches for a copy here; verification then uses that copy, and says so.
      </AdminPageHeader>
      <section aria-labelledby="dids-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="dids-heading" className="text-lg font-semibold">
          Pinned DID documents
        </h2>
        <div className="mt-3">
          <AdminTable
            caption="Pinned DID documents"
            columns={["DID", "Source", "Last changed"]}
            empty="No DID documents pinned yet."
            testId="did-row"
            rows={dids.map((did) => ({
              key: did.did,
              cells: [
                <span key="did" className="break-all font-mono text-xs">
                  {did.did}
                </span>,
                did.source === "PINNED" ? "pinned by an operator" : "resolved",
                did.updatedAt.slice(0, 10),
              ],
            }))}
          />
        </div>
      </section>
      <section aria-labelledby="pin-did-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pin-did-heading" className="text-lg font-semibold">
          Pin a DID document
        </h2>
        <div className="mt-3">
          <AdminRegistryForm
            action={pinDidAction}
            submitLabel="Pin DID document"
            fields={[
              {
                name: "document",
                label: "DID document (JSON)",
                hint: 'Its "id" is the DID; it must list its verificationMethod. Pinning again replaces the copy.',
                multiline: true,
              },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
