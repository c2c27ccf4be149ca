import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminRegistryForm } from "@/components/admin-registry-form";
import { AdminTable } from "@/components/admin-table";
import { findTrustAnchors } from "@/lib/registry/find-trust-anchors";
import { requireAdminPage } from "../_lib/require-admin-page";
import { addTrustAnchorAction } from "./actions";

export const metadata: Metadata = { title: "Trust anchors · Administration" };
export const dynamic = "force-dynamic";

export default async function TrustAnchorsPage() {
  const actor = await requireAdminPage("/admin/trust-anchors");
  if (!actor) return <AdminNotAllowed />;
  const anchors = await findTrustAnchors({ actor });
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title="Trust anchors">
        Root certificates that the certificate chain of a signing key (x5c or x5u) may end at. A chain that ends elsewhere is reported on the entry&apos;s trust
        panel.
      </AdminPageHeader>
      <section aria-labelledby="anchors-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="anchors-heading" className="text-lg font-semibold">
          Trusted roots
        </h2>
        <div className="mt-3">
          <AdminTable
            caption="Trust anchors"
            columns={["Name", "Subject", "SHA-256 fingerprint", "Valid until", "In use"]}
            empty="No trust anchors yet: certificate chains cannot end at a trusted root."
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
                anchor.notAfter.slice(0, 10),
                anchor.enabled ? "yes" : "no",
              ],
            }))}
          />
        </div>
      </section>
      <section aria-labelledby="add-anchor-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="add-anchor-heading" className="text-lg font-semibold">
          Add a trust anchor
        </h2>
        <div className="mt-3">
          <AdminRegistryForm
            action={addTrustAnchorAction}
            submitLabel="Add trust anchor"
            fields={[
              { name: "name", label: "Name", placeholder: "e.g. ISRG Root X1" },
              {
                name: "certificatePem",
                label: "CA certificate (PEM)",
                hint: "-----BEGIN CERTIFICATE----- … Only CA certificates are accepted.",
                multiline: true,
              },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
