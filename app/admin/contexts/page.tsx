import type { Metadata } from "next";
import { AdminActionButton } from "@/components/admin-action-button";
import { AdminPageHeader } from "@/components/admin-page-header";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminRegistryForm } from "@/components/admin-registry-form";
import { AdminTable } from "@/components/admin-table";
import { findJsonLdContexts } from "@/lib/registry/manage-json-ld-contexts";
import { requireAdminPage } from "../_lib/require-admin-page";
import { pinContextAction, retireContextAction } from "./actions";

export const metadata: Metadata = { title: "JSON-LD contexts · Administration" };
export const dynamic = "force-dynamic";

export default async function ContextsPage() {
  const actor = await requireAdminPage("/admin/contexts");
  if (!actor) return <AdminNotAllowed />;
  const contexts = await findJsonLdContexts({ actor });
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader title="JSON-LD contexts">
        Verification never fetches a context: it uses the copies shipped with the portal and the ones pinned here, by their exact URL. A pinned context cannot
        change under its URL; publish a new version under a new URL and retire the old one.
      </AdminPageHeader>
      <section aria-labelledby="contexts-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="contexts-heading" className="text-lg font-semibold">
          Pinned by operators
        </h2>
        <div className="mt-3">
          <AdminTable
            caption="Operator JSON-LD contexts"
            columns={["URL", "Status", "SHA-256", "Pinned", ""]}
            empty="No operator contexts yet: only the contexts shipped with the portal are served."
            testId="context-row"
            rows={contexts.map((context) => ({
              key: context.url,
              cells: [
                <span key="url" className="break-all font-mono text-xs">
                  {context.url}
                </span>,
                context.status === "ACTIVE" ? "active" : `retired ${context.retiredAt?.slice(0, 10) ?? ""}`,
                <span key="hash" className="font-mono text-xs">
                  {context.contentHash.slice(0, 16)}…
                </span>,
                context.createdAt.slice(0, 10),
                context.status === "ACTIVE" ? (
                  <AdminActionButton
                    key="retire"
                    action={retireContextAction}
                    hidden={{ url: context.url }}
                    label="Retire"
                    accessibleLabel={`Retire ${context.url}`}
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
          Pin a context
        </h2>
        <div className="mt-3">
          <AdminRegistryForm
            action={pinContextAction}
            submitLabel="Pin context"
            fields={[
              {
                name: "url",
                label: "Context URL",
                hint: "Exactly as credentials cite it, without a query string.",
                placeholder: "https://example.org/contexts/health/v2",
              },
              {
                name: "document",
                label: "Context document (JSON)",
                hint: 'A JSON object with a top-level "@context"; @vocab catch-alls are refused.',
                multiline: true,
              },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
