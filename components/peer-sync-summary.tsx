import type { PeerView } from "@/lib/federation/serialize-peer";
import type { SyncReport } from "@/lib/federation/sync-report";

// A peer's last (or running) sync in words, with the entries it refused and why.

export function PeerSyncSummary({ peer }: { peer: PeerView }) {
  const report = peer.report as SyncReport | null;
  if (!report) return <p className="text-sm text-slate-700">Never synced.</p>;
  const counts = `${report.stored} new, ${report.updated} changed, ${report.refused} refused, ${report.unchanged + report.skipped} unchanged`;
  return (
    <div className="text-sm" data-testid="peer-sync-summary">
      {peer.syncStatus === "RUNNING" ? (
        <p>
          Syncing since {report.startedAt.slice(11, 19)} UTC: {report.pages} pages, {counts} so far.
        </p>
      ) : report.phase === "failed" ? (
        <p className="text-red-800">
          Stopped at {report.finishedAt?.slice(0, 16).replace("T", " ")} UTC: {report.error} ({counts} before it stopped).
        </p>
      ) : (
        <p>
          Finished {report.finishedAt?.slice(0, 16).replace("T", " ")} UTC: {counts}.
        </p>
      )}
      {peer.lastSuccessAt ? <p className="text-xs text-slate-600">Last successful sync {peer.lastSuccessAt.slice(0, 16).replace("T", " ")} UTC.</p> : null}
      {report.refusals.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-red-800">{report.refused} refused — why</summary>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {report.refusals.map((refusal) => (
              <li key={refusal.hash}>
                <span className="font-mono">{refusal.hash.slice(0, 12)}…</span> {refusal.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
