export interface AdminRevalidationRun {
  id: string;
  reason: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  total: number;
  processed: number;
  failed: number;
  createdAt: string;
  finishedAt: string | null;
}

const STATUS_WORDS: Record<AdminRevalidationRun["status"], string> = { QUEUED: "queued", RUNNING: "running", DONE: "done", FAILED: "failed" };

/** Latest revalidation runs with their progress; "failed" counts entries that no longer conform or could not be checked. */
export function AdminRevalidationRuns({ runs }: { runs: AdminRevalidationRun[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-700">No revalidation has run yet.</p>;
  return (
    <ul className="flex flex-col gap-3 text-sm">
      {runs.map((run) => {
        const labelId = `run-${run.id}-label`;
        return (
          <li key={run.id} className="rounded border border-slate-200 p-3" data-testid="revalidation-run">
            <div id={labelId} className="flex flex-wrap justify-between gap-2">
              <span>
                {run.reason} <span className="text-slate-600">({run.createdAt.slice(0, 16).replace("T", " ")})</span>
              </span>
              <span className="font-medium">{STATUS_WORDS[run.status]}</span>
            </div>
            <progress
              className="mt-2 h-2 w-full"
              max={Math.max(run.total, 1)}
              value={run.status === "DONE" && run.total === 0 ? 1 : run.processed}
              aria-labelledby={labelId}
            />
            <p className="mt-1 text-slate-700">
              {run.processed} of {run.total} entries checked
              {run.failed > 0 ? (
                <>
                  , <strong className="text-red-800">{run.failed} flagged</strong> (no longer conform or could not be checked)
                </>
              ) : null}
              .{" "}
              <a className="text-brand-700 underline" href={`/api/v1/revalidations/${run.id}`}>
                JSON<span className="sr-only"> of this run</span>
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
