import type { Metadata } from "next";
import { findRecentEntries } from "@/lib/catalogue/find-recent-entries";

export const metadata: Metadata = { title: "Catalogue" };
export const dynamic = "force-dynamic";

export default async function CataloguePage() {
  const entries = await findRecentEntries({ limit: 50 });
  return (
    <div>
      <h1 className="text-2xl font-bold text-slate-900">Catalogue</h1>
      <p className="mt-2 text-slate-700">The latest active self-descriptions of datasets, services and participants.</p>
      {entries.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="catalogue-empty">
          No entries have been published yet.
        </p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {entries.map((entry) => (
            <li key={entry.hash} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="font-semibold text-slate-900">{entry.title}</h2>
              <p className="text-sm text-slate-600">{entry.provider}</p>
              {entry.description ? <p className="mt-2 text-sm text-slate-700">{entry.description}</p> : null}
              <p className="mt-2 text-xs text-slate-600">
                {entry.types.join(", ")} · {entry.verified ? "signature verified" : "not verified"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
