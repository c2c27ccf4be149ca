import Link from "next/link";

const SORTS = [
  ["relevance", "Relevance"],
  ["newest", "Newest"],
  ["oldest", "Oldest"],
  ["title", "Title A–Z"],
] as const;

export type SortName = (typeof SORTS)[number][0];

/**
 * The result order as plain links (works without JavaScript). Every item always takes the same place
 * and weight — relevance without search words is shown but not a link, the current order is marked by
 * an underline, not bold — so typing a search never moves them.
 */
export function SortLinks({ current, hasQuery, hrefFor }: { current: SortName; hasQuery: boolean; hrefFor: (sort: SortName) => string }) {
  return (
    <nav aria-label="Sort results" className="mt-1 flex h-6 items-center gap-3 overflow-hidden whitespace-nowrap text-sm text-slate-700">
      <span aria-hidden="true">Sort:</span>
      {SORTS.map(([value, label]) =>
        value === "relevance" && !hasQuery ? (
          <span key={value} className="text-slate-600" title="Relevance needs search words">
            {label}
          </span>
        ) : (
          <Link
            key={value}
            href={hrefFor(value)}
            aria-current={current === value ? "true" : undefined}
            className={current === value ? "text-brand-800 underline underline-offset-2" : "hover:underline"}
          >
            {label}
          </Link>
        ),
      )}
    </nav>
  );
}
