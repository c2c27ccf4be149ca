import Link from "next/link";
import type { Metadata } from "next";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { zodIssuesToInvalidParams } from "@/lib/errors/problem";
import { SearchBox } from "@/components/search-box";
import { FacetList } from "@/components/facet-list";
import { ResultCard } from "@/components/result-card";
import { shortDid } from "@/components/format";
import { describeTotal } from "@/components/result-count";
import { SortLinks, type SortName } from "@/components/sort-links";
import { OriginBadge, originLabel } from "@/components/origin-badge";

export const metadata: Metadata = { title: "Catalogue" };
export const dynamic = "force-dynamic";

type Params = Record<string, string | string[] | undefined>;

const FACET_PARAMS = [
  ["type", "type", "Type"],
  ["provider", "provider", "Provider"],
  ["purpose", "purpose", "Purpose of use"],
  ["theme", "theme", "Health theme"],
  ["pseudonymisation", "pseudonymisation", "Pseudonymisation"],
  ["accessRights", "accessRights", "Access rights"],
  ["licence", "licence", "Licence"],
  ["trustFramework", "trustFramework", "Trust framework"],
  ["origin", "origin", "Origin"],
  ["status", "status", "Status"],
] as const;

function single(params: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) && value[0] ? [[key, value[0]]] : [])),
  );
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Params> }) {
  const raw = single(await searchParams);
  const parsed = searchQuerySchema.safeParse(raw);
  if (!parsed.success) {
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        <h1 className="text-xl font-bold">This search cannot be run</h1>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {zodIssuesToInvalidParams(parsed.error).map((issue) => (
            <li key={issue.name}>
              {issue.name}: {issue.reason}
            </li>
          ))}
        </ul>
        <Link href="/catalogue" className="mt-3 inline-block text-brand-700 underline">
          Start a new search
        </Link>
      </div>
    );
  }
  const query = parsed.data;
  const result = await findSelfDescriptions(query);

  const hrefFor = (param: string, value: string) => {
    const next = new URLSearchParams(raw);
    next.delete("cursor");
    const current = (next.get(param) ?? "").split(",").filter(Boolean);
    const toggled = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    // Scalar filters hold one value; list filters (type, purpose, theme) several.
    const list = param === "type" || param === "purpose" || param === "theme";
    const values = list ? toggled : toggled.slice(-1);
    if (values.length) next.set(param, values.join(","));
    else next.delete(param);
    return `/catalogue?${next.toString()}`;
  };
  const selected = (param: string) => (raw[param] ?? "").split(",").filter(Boolean);
  const sortHref = (sort: SortName) => {
    const next = new URLSearchParams(raw);
    next.delete("cursor");
    next.set("sort", sort);
    return `/catalogue?${next.toString()}`;
  };
  const nextHref = result.nextCursor ? `/catalogue?${new URLSearchParams({ ...raw, cursor: result.nextCursor }).toString()}` : null;

  return (
    <div>
      <h1 className="text-2xl font-bold text-slate-900">Catalogue</h1>
      <div className="mt-4">
        <SearchBox initialQuery={query.q ?? ""} />
      </div>
      <div className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        <aside aria-label="Filters">
          <h2 className="sr-only">Filters</h2>
          {FACET_PARAMS.map(([facet, param, title]) => (
            <FacetList
              key={facet}
              title={title}
              param={param}
              values={result.facets[facet]}
              selected={param === "status" ? [query.status.toUpperCase()] : selected(param)}
              hrefFor={(p, v) => (p === "status" ? hrefFor(p, v.toLowerCase()) : hrefFor(p, v))}
              label={facet === "provider" ? shortDid : facet === "origin" ? originLabel : undefined}
              approximate={!result.facetsExact}
            />
          ))}
        </aside>
        <section aria-labelledby="results-heading" aria-live="polite">
          <h2 id="results-heading" className="truncate text-sm text-slate-700" data-testid="result-count">
            {describeTotal(result.total, result.totalExact)}
            {query.q ? <> for “{query.q}”</> : null}
          </h2>
          <SortLinks current={query.sort ?? (query.q ? "relevance" : "newest")} hasQuery={Boolean(query.q)} hrefFor={sortHref} />
          {result.items.length === 0 ? (
            <p className="mt-4 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="catalogue-empty">
              Nothing matches. Try fewer words or remove a filter.
            </p>
          ) : (
            <ul className="mt-3 space-y-3">
              {/* Keyed by position, not hash: a result that moves up (new search, next page) then reuses the card
                  in place instead of the browser seeing that card jump, which counts as layout shift. */}
              {result.items.map((item, index) => (
                <ResultCard key={index} item={item} badges={item.origin === "PEER" ? <OriginBadge peers={item.peers} /> : null} />
              ))}
            </ul>
          )}
          {nextHref ? (
            <nav aria-label="Pages" className="mt-4">
              <Link href={nextHref} className="rounded border border-slate-400 bg-white px-3 py-1 text-sm">
                Next page
              </Link>
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
