import { useFormatter, useTranslations } from "next-intl";
import type { PeerView } from "@/lib/federation/serialize-peer";
import type { SyncReport } from "@/lib/federation/sync-report";

// A peer's last (or running) sync in words, with the entries it refused and why. Times are the
// reader's; the refusal reasons and a failed sync's error are the harvester's words, shown as stored.

export function PeerSyncSummary({ peer }: { peer: PeerView }) {
  const t = useTranslations("admin.peers.sync");
  const format = useFormatter();
  const report = peer.report as SyncReport | null;
  if (!report) return <p className="text-sm text-slate-700">{t("never")}</p>;
  const moment = (iso: string | null | undefined) => (iso ? format.dateTime(new Date(iso), "moment") : "—");
  const counts = t("counts", { stored: report.stored, updated: report.updated, refused: report.refused, unchanged: report.unchanged + report.skipped });
  return (
    <div className="text-sm" data-testid="peer-sync-summary">
      {peer.syncStatus === "RUNNING" ? (
        <p>
          {t("running", {
            time: format.dateTime(new Date(report.startedAt), { hour: "2-digit", minute: "2-digit", second: "2-digit" }),
            pages: report.pages,
            counts,
          })}
        </p>
      ) : report.phase === "failed" ? (
        <p className="text-red-800">{t("failed", { time: moment(report.finishedAt), error: report.error ?? "", counts })}</p>
      ) : (
        <p>{t("finished", { time: moment(report.finishedAt), counts })}</p>
      )}
      {peer.lastSuccessAt ? <p className="text-xs text-slate-600">{t("lastSuccess", { time: moment(peer.lastSuccessAt) })}</p> : null}
      {report.refusals.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-red-800">{t("refusedWhy", { count: report.refused })}</summary>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {report.refusals.map((refusal) => (
              <li key={refusal.hash} className="break-words">
                <span className="font-mono">{refusal.hash.slice(0, 12)}…</span> {refusal.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
