import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { shownCount } from "./result-count";

export interface FacetListProps {
  title: string;
  param: string;
  values: { value: string; count: number }[];
  selected: string[];
  /** Builds the catalogue URL with this facet value toggled. */
  hrefFor: (param: string, value: string) => string;
  /** The value in the reader's words (a code or an IRI is not shown as it is). */
  label?: (value: string) => string;
  /** Counts estimated from a sample (many matches): shown as "≈". */
  approximate?: boolean;
}

// Every facet keeps the same height whatever the search: four rows are reserved and longer lists scroll
// inside them, so typing a search never moves the filters (or, on a phone, the results below them).
export function FacetList({ title, param, values, selected, hrefFor, label, approximate = false }: FacetListProps) {
  const t = useTranslations("catalogue.filters");
  const format = useFormatter();
  return (
    <section aria-labelledby={`facet-${param}`} className="mb-5">
      <h3 id={`facet-${param}`} className="mb-1 text-sm font-semibold text-slate-900">
        {title}
      </h3>
      {values.length === 0 ? (
        <p className="h-24 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="h-24 overflow-y-auto text-sm">
          {values.map(({ value, count }) => {
            const active = selected.includes(value);
            const words = label ? label(value) : value;
            return (
              <li key={value} className="h-6">
                <Link
                  href={hrefFor(param, value)}
                  aria-current={active ? "true" : undefined}
                  className={`flex h-6 items-center justify-between gap-2 rounded px-1 hover:bg-white ${active ? "font-semibold text-brand-800" : "text-slate-700"}`}
                >
                  <span className="truncate" title={words}>
                    {active ? <span aria-hidden="true">✓ </span> : null}
                    {words}
                  </span>
                  <span className="text-slate-600" title={approximate ? t("estimated") : undefined}>
                    {approximate ? `≈ ${format.number(shownCount(count, false))}` : format.number(count)}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
