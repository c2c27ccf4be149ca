import Link from "next/link";

export interface FacetListProps {
  title: string;
  param: string;
  values: { value: string; count: number }[];
  selected: string[];
  /** Builds the catalogue URL with this facet value toggled. */
  hrefFor: (param: string, value: string) => string;
  label?: (value: string) => string;
}

export function FacetList({ title, param, values, selected, hrefFor, label }: FacetListProps) {
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={`facet-${param}`} className="mb-5">
      <h3 id={`facet-${param}`} className="mb-1 text-sm font-semibold text-slate-900">
        {title}
      </h3>
      <ul className="space-y-0.5 text-sm">
        {values.map(({ value, count }) => {
          const active = selected.includes(value);
          return (
            <li key={value}>
              <Link
                href={hrefFor(param, value)}
                aria-current={active ? "true" : undefined}
                className={`flex justify-between gap-2 rounded px-1 py-0.5 hover:bg-white ${active ? "font-semibold text-brand-800" : "text-slate-700"}`}
              >
                <span className="truncate">{active ? "✓ " : ""}{label ? label(value) : value}</span>
                <span className="text-slate-600">{count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
