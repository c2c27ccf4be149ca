import Link from "next/link";
import { useTranslations } from "next-intl";

const SORTS = ["relevance", "newest", "oldest", "title"] as const;

export type SortName = (typeof SORTS)[number];

/**
 * The result order as plain links (works without JavaScript). Every item always takes the same place
 * and weight — relevance without search words is shown but not a link, the current order is marked by
 * an underline, not bold — so typing a search never moves them.
 */
export function SortLinks({ current, hasQuery, hrefFor }: { current: SortName; hasQuery: boolean; hrefFor: (sort: SortName) => string }) {
  const t = useTranslations("catalogue.sort");
  return (
    <nav aria-label={t("label")} className="mt-1 flex h-6 items-center gap-3 overflow-hidden whitespace-nowrap text-sm text-slate-700">
      <span aria-hidden="true">{t("prefix")}</span>
      {SORTS.map((value) =>
        value === "relevance" && !hasQuery ? (
          <span key={value} className="text-slate-600" title={t("relevanceNeedsWords")}>
            {t(value)}
          </span>
        ) : (
          <Link
            key={value}
            href={hrefFor(value)}
            aria-current={current === value ? "true" : undefined}
            className={current === value ? "text-brand-800 underline underline-offset-2" : "hover:underline"}
          >
            {t(value)}
          </Link>
        ),
      )}
    </nav>
  );
}
