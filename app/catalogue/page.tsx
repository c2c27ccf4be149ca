import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { zodIssuesToInvalidParams } from "@/lib/errors/problem";
import { participantNames } from "@/lib/participants/participant-names";
import { SearchBox } from "@/components/search-box";
import { FacetList } from "@/components/facet-list";
import { ResultCard } from "@/components/result-card";
import { shortDid } from "@/components/format";
import { totalValues } from "@/components/result-count";
import { SortLinks, type SortName } from "@/components/sort-links";
import { OriginBadge } from "@/components/origin-badge";
import { catalogueWords, type CatalogueWords } from "@/components/catalogue-words";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

type Params = Record<string, string | string[] | undefined>;

const FACETS = ["type", "provider", "purpose", "theme", "pseudonymisation", "accessRights", "licence", "trustFramework", "origin", "status"] as const;

type Facet = (typeof FACETS)[number];

/** How a facet's values are shown; the provider's DIDs by the names known for them. */
function labelFor(facet: Facet, words: CatalogueWords, providers: Map<string, string>): (value: string) => string {
  if (facet === "provider") return (did) => providers.get(did) ?? shortDid(did);
  return words[facet];
}

function single(params: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) && value[0] ? [[key, value[0]]] : [])),
  );
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Params> }) {
  const raw = single(await searchParams);
  const [t, locale, messages] = await Promise.all([getTranslations("catalogue"), getLocale(), getMessages()]);
  const parsed = searchQuerySchema.safeParse(raw);
  if (!parsed.success) {
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        <h1 className="text-xl font-bold">{t("invalid.heading")}</h1>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {zodIssuesToInvalidParams(parsed.error).map((issue) => (
            <li key={issue.name}>{t("invalid.param", { name: issue.name })}</li>
          ))}
        </ul>
        <Link href="/catalogue" className="mt-3 inline-block text-brand-700 underline">
          {t("invalid.restart")}
        </Link>
      </div>
    );
  }
  const query = parsed.data;
  const result = await findSelfDescriptions(query);
  const words = catalogueWords(locale, messages.catalogue);
  // Providers by name, not DID: the legal names of those registered here, else the names entries gave them.
  const providerDids = [...result.facets.provider.map((facet) => facet.value), ...result.items.flatMap((item) => item.providerDid ?? [])];
  const providers = await participantNames(providerDids);
  for (const item of result.items)
    if (item.providerDid && item.providerName && !providers.has(item.providerDid)) providers.set(item.providerDid, item.providerName);
  const providerNameOf = (item: (typeof result.items)[number]) => item.providerName ?? (item.providerDid ? (providers.get(item.providerDid) ?? null) : null);

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
  const activeFilters = FACETS.filter((facet) => facet !== "status" && selected(facet).length > 0).length + (query.status === "active" ? 0 : 1);
  const sortHref = (sort: SortName) => {
    const next = new URLSearchParams(raw);
    next.delete("cursor");
    next.set("sort", sort);
    return `/catalogue?${next.toString()}`;
  };
  const nextHref = result.nextCursor ? `/catalogue?${new URLSearchParams({ ...raw, cursor: result.nextCursor }).toString()}` : null;
  const total = t("results.total", totalValues(result.total, result.totalExact));

  return (
    <div>
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <div className="mt-4">
        <SearchBox initialQuery={query.q ?? ""} />
      </div>
      <div className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        <aside aria-label={t("filters.label")} className="min-w-0">
          <h2 className="sr-only">{t("filters.label")}</h2>
          {/* On a phone the facets fold into a "Filters" drawer; from md up the drawer is always open (globals.css). */}
          <details className="filters-drawer" data-testid="filters-drawer">
            <summary className="flex min-h-11 cursor-pointer items-center rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 md:hidden">
              {t("filters.show", { count: activeFilters })}
            </summary>
            {activeFilters > 0 ? (
              <Link
                href={query.q ? `/catalogue?${new URLSearchParams({ q: query.q }).toString()}` : "/catalogue"}
                className="mt-2 mb-3 inline-block text-sm text-brand-700 underline"
                data-testid="clear-filters"
              >
                {t("filters.clearAll")}
              </Link>
            ) : null}
            <div className="mt-3 md:mt-0">
              {FACETS.map((facet) => (
                <FacetList
                  key={facet}
                  title={t(`facets.${facet}`)}
                  param={facet}
                  values={result.facets[facet]}
                  selected={facet === "status" ? [query.status.toUpperCase()] : selected(facet)}
                  hrefFor={(p, v) => (p === "status" ? hrefFor(p, v.toLowerCase()) : hrefFor(p, v))}
                  label={labelFor(facet, words, providers)}
                  approximate={!result.facetsExact}
                />
              ))}
            </div>
          </details>
        </aside>
        <section aria-labelledby="results-heading" aria-live="polite" className="min-w-0">
          <h2 id="results-heading" className="truncate text-sm text-slate-700" data-testid="result-count">
            {query.q ? t("results.totalFor", { total, q: query.q }) : total}
          </h2>
          <SortLinks current={query.sort ?? (query.q ? "relevance" : "newest")} hasQuery={Boolean(query.q)} hrefFor={sortHref} />
          {result.items.length === 0 ? (
            <p className="mt-4 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="catalogue-empty">
              {t("results.empty")}
            </p>
          ) : (
            <ul className="mt-3 space-y-3">
              {/* Keyed by position, not hash: a result that moves up (new search, next page) then reuses the card
                  in place instead of the browser seeing that card jump, which counts as layout shift. */}
              {result.items.map((item, index) => (
                <ResultCard
                  key={index}
                  item={{ ...item, providerName: providerNameOf(item) }}
                  badges={item.origin === "PEER" ? <OriginBadge peers={item.peers} /> : null}
                />
              ))}
            </ul>
          )}
          {nextHref ? (
            <nav aria-label={t("results.pages")} className="mt-4">
              <Link href={nextHref} className="rounded border border-slate-400 bg-white px-3 py-1 text-sm">
                {t("results.next")}
              </Link>
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
