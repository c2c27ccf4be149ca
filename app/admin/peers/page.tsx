import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("metaTitle", { page: t("peers.title") }) };
}
export const dynamic = "force-dynamic";

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function PeersPage() {
  const actor = await requireAdminPage("/admin/peers");
  if (!actor) return <AdminNotAllowed />;
  const [{ items: peers }, t, tAdmin] = await Promise.all([listPeers({ actor }), getTranslations("admin.peers"), getTranslations("admin")]);
  const network = peerNetworkConfig();
  const running = peers.some((peer) => peer.syncStatus === "RUNNING");
  const caption = t("caption");
  return (
    <div className="flex flex-col gap-6">
      <AdminAutoRefresh active={running} />
      <div>
        <AdminBreadcrumb />
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro", { configured: network.hosts.length ? "yes" : "no" })}</p>
        <p className="mt-2 text-sm text-slate-700" data-testid="peer-allow-list">
          {network.hosts.length ? (
            <>
              {t("allowList")}{" "}
              {network.hosts.map((host) => (
                <code key={host} className="mr-1">
                  {host}
                </code>
              ))}
            </>
          ) : (
            t.rich("federationOff", { code })
          )}
        </p>
      </div>
      <section aria-labelledby="peers-heading" className="rounded-lg border border-slate-200 bg-white p-6" aria-live="polite">
        <h2 id="peers-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <div className="mt-3">
          <AdminTable
            caption={caption}
            regionLabel={tAdmin("tableRegion", { caption })}
            columns={[t("columns.peer"), t("columns.lastSync"), t("columns.entries"), t("columns.actions")]}
            empty={t("empty")}
            testId="peer-row"
            rows={peers.map((peer) => ({
              key: peer.id,
              cells: [
                <div key="peer">
                  <p className="font-medium">{peer.name}</p>
                  <p className="break-all font-mono text-xs text-slate-600">{peer.baseUrl}</p>
                  <p className="text-xs text-slate-600">{peer.enabled ? t("every", { minutes: peer.scheduleMinutes }) : t("paused")}</p>
                </div>,
                <PeerSyncSummary key="sync" peer={peer} />,
                peer.entries ?? 0,
                <div key="actions" className="flex flex-col items-end gap-2">
                  <AdminActionButton
                    action={syncPeerAction}
                    hidden={{ peerId: peer.id }}
                    label={t("syncNow")}
                    accessibleLabel={t("syncNowLabel", { name: peer.name })}
                  />
                  <AdminActionButton
                    action={togglePeerAction}
                    hidden={{ peerId: peer.id, enabled: String(!peer.enabled) }}
                    label={peer.enabled ? t("pause") : t("resume")}
                    accessibleLabel={t(peer.enabled ? "pauseLabel" : "resumeLabel", { name: peer.name })}
                  />
                </div>,
              ],
            }))}
          />
        </div>
      </section>
      <section aria-labelledby="register-peer-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="register-peer-heading" className="text-lg font-semibold">
          {t("registerHeading")}
        </h2>
        <p className="mt-1 break-words text-sm text-slate-700">{t.rich("registerIntro", { code })}</p>
        <div className="mt-3">
          <AdminRegistryForm
            action={registerPeerAction}
            submitLabel={t("submit")}
            fields={[
              { name: "name", label: t("nameLabel"), placeholder: t("namePlaceholder") },
              { name: "baseUrl", label: t("baseUrlLabel"), hint: t("baseUrlHint"), placeholder: "https://" },
              { name: "scheduleMinutes", label: t("scheduleLabel"), hint: t("scheduleHint"), placeholder: "60" },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
