import { useFormatter, useTranslations } from "next-intl";

export interface AdminRevalidationRun {
  id: string;
  /** Stored with the run by whoever started it; shown as it was written. */
  reason: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  total: number;
  processed: number;
  failed: number;
  createdAt: string;
  finishedAt: string | null;
}

/** Latest revalidation runs with their progress; "failed" counts entries that no longer conform or could not be checked. */
export function AdminRevalidationRuns({ runs }: { runs: AdminRevalidationRun[] }) {
  const t = useTranslations("admin.schemas.runs");
  const format = useFormatter();
  if (runs.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-3 text-sm">
      {runs.map((run) => {
        const labelId = `run-${run.id}-label`;
        const counts = { processed: run.processed, total: run.total, failed: run.failed };
        return (
          <li key={run.id} className="rounded border border-slate-200 p-3" data-testid="revalidation-run">
            <div id={labelId} className="flex flex-wrap justify-between gap-2">
              <span className="min-w-0 break-words">
                {run.reason} <span className="text-slate-600">({format.dateTime(new Date(run.createdAt), "moment")})</span>
              </span>
              <span className="font-medium">{t(`status.${run.status}`)}</span>
            </div>
            <progress
              className="mt-2 h-2 w-full"
              max={Math.max(run.total, 1)}
              value={run.status === "DONE" && run.total === 0 ? 1 : run.processed}
              aria-labelledby={labelId}
            />
            <p className="mt-1 text-slate-700">
              {run.failed > 0
                ? t.rich("progressFlagged", { ...counts, strong: (chunks) => <strong className="text-red-800">{chunks}</strong> })
                : t("progress", counts)}{" "}
              <a className="text-brand-700 underline" href={`/api/v1/revalidations/${run.id}`}>
                {t.rich("json", { sr: (chunks) => <span className="sr-only">{chunks}</span> })}
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
