import type { Metadata } from "next";
import { AdminActionButton } from "@/components/admin-action-button";
import { AdminAutoRefresh } from "@/components/admin-auto-refresh";
import { AdminBreadcrumb } from "@/components/admin-breadcrumb";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminRegistryForm } from "@/components/admin-registry-form";
import { AdminTable } from "@/components/admin-table";
import { PeerSyncSummary } from "@/components/peer-sync-summary";
import { listPeers } from "@/lib/federation/manage-peers";
import { peerNetworkConfig } from "@/lib/federation/peer-network";
import { requireAdminPage } from "../_lib/require-admin-page";
import { registerPeerAction, syncPeerAction, togglePeerAction } from "./actions";

export const metadata: Metadata = { title: "Federation peers · Administration" };
export const dynamic = "force-dynamic";

export default async function PeersPage() {
  const actor = await requireAdminPage("/admin/peers");
  if (!actor) return <AdminNotAllowed />;
  const { items: peers } = await listPeers({ actor });
  const network = peerNetworkConfig();
  const running = peers.some((peer) => peer.syncStatus === "RUNNING");
  return (
    <div className="flex flex-col gap-6">
      <AdminAutoRefresh active={running} />
      <div>
        <AdminBreadcrumb />
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Federation peers</h1>
        <p className="mt-2 text-slate-700">
          Other catalogue nodes this one harvests. Every entry a peer serves is verified and validated again here — a peer&apos;s verdict is never trusted — and
          kept with the peer as its origin. Revocations and deprecations follow; entries published on this node always win over harvested copies. A peer that
          stops answering keeps its entries, marked stale after {network.hosts.length ? "the configured time" : "a while"}.
        </p>
        <p className="mt-2 text-sm text-slate-700" data-testid="peer-allow-list">
          {network.hosts.length ? (
            <>
              Hosts the operator allows as peers:{" "}
              {network.hosts.map((host) => (
                <code key={host} className="mr-1">
                  {host}
                </code>
              ))}
            </>
          ) : (
            <>
              Federation is off on this node: set <code>DATALOFT_PEER_HOSTS</code> to the host names of allowed peers.
            </>
          )}
        </p>
      </div>
      <section aria-labelledby="peers-heading" className="rounded-lg border border-slate-200 bg-white p-6" aria-live="polite">
        <h2 id="peers-heading" className="text-lg font-semibold">
          Registered peers
        </h2>
        <div className="mt-3">
          <AdminTable
            caption="Registered federation peers"
            columns={["Peer", "Last sync", "Entries", "Actions"]}
            empty="No peers registered yet."
            testId="peer-row"
            rows={peers.map((peer) => ({
              key: peer.id,
              cells: [
                <div key="peer">
                  <p className="font-medium">{peer.name}</p>
                  <p className="break-all font-mono text-xs text-slate-600">{peer.baseUrl}</p>
                  <p className="text-xs text-slate-600">{peer.enabled ? `every ${peer.scheduleMinutes} min` : "paused"}</p>
                </div>,
                <PeerSyncSummary key="sync" peer={peer} />,
                peer.entries ?? 0,
                <div key="actions" className="flex flex-col items-end gap-2">
                  <AdminActionButton action={syncPeerAction} hidden={{ peerId: peer.id }} label="Sync now" accessibleLabel={`Sync ${peer.name} now`} />
                  <AdminActionButton
                    action={togglePeerAction}
                    hidden={{ peerId: peer.id, enabled: String(!peer.enabled) }}
                    label={peer.enabled ? "Pause" : "Resume"}
                    accessibleLabel={`${peer.enabled ? "Pause" : "Resume"} ${peer.name}`}
                  />
                </div>,
              ],
            }))}
          />
        </div>
      </section>
      <section aria-labelledby="register-peer-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="register-peer-heading" className="text-lg font-semibold">
          Register a peer
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Another dataLOFT Catalogue node: its change feed <code>/api/v1/self-descriptions?updatedSince=…</code> is read page by page. A peer that needs a token
          is registered through <code>POST /api/v1/admin/peers</code>.
        </p>
        <div className="mt-3">
          <AdminRegistryForm
            action={registerPeerAction}
            submitLabel="Register peer"
            fields={[
              { name: "name", label: "Name", placeholder: "Catalogue of the Rhein-Main health region" },
              {
                name: "baseUrl",
                label: "Base URL",
                hint: "The node's origin, e.g. https://catalogue.example.org — its host must be on the allow-list above.",
                placeholder: "https://",
              },
              { name: "scheduleMinutes", label: "Sync every (minutes)", hint: "How often the scheduled job harvests it.", placeholder: "60" },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
