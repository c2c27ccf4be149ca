import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useMessages, useTranslations } from "next-intl";
import { TrustBadge } from "./trust-badge";
import { shortDid } from "./format";
import { catalogueWords } from "./catalogue-words";

export interface ResultCardItem {
  hash: string;
  title: string;
  description: string | null;
  types: string[];
  status: string;
  issuerDid: string;
  providerDid: string | null;
  providerName: string | null;
  trust: string;
}

// An entry without a name of its own is titled by its subject's id, or by the projection's fallback
// (lib/catalogue/derive-projection.ts): neither is a title to show.
const NO_TITLE = /^(Untitled self-description|(did|urn|https?):\S*)$/;

/**
 * One search result. Every card has the same height whatever its text (one-line title and provider,
 * two reserved lines of description), so new results never push the page around while typing or paging.
 * Truncation is visual only: the link's accessible name is the whole title.
 */
export function ResultCard({
  item,
  badges,
}: {
  item: ResultCardItem;
  /** Extra badges before the trust badge (e.g. where the entry came from). */ badges?: ReactNode;
}) {
  const t = useTranslations("catalogue.card");
  const words = catalogueWords(useLocale(), useMessages().catalogue);
  const title = NO_TITLE.test(item.title) ? t("untitled") : item.title;
  const types = [...new Set(item.types.map(words.type))].join(", ");
  return (
    <li className="flex h-36 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white p-4" data-testid="result-card">
      <div className="flex items-start justify-between gap-2">
        <h3 className="min-w-0 truncate font-semibold text-slate-900">
          <Link href={`/catalogue/${item.hash}`} className="hover:underline" title={title}>
            {title}
          </Link>
        </h3>
        <span className="flex shrink-0 gap-1">
          {badges}
          <TrustBadge trust={item.trust} />
        </span>
      </div>
      <p className="truncate text-sm text-slate-600">
        {item.providerName ?? shortDid(item.providerDid ?? item.issuerDid)} · {types}
        {item.status !== "ACTIVE" ? (
          <>
            {" "}
            · <strong>{words.status(item.status)}</strong>
          </>
        ) : null}
      </p>
      <p className="mt-2 line-clamp-2 text-sm text-slate-700">{item.description ?? ""}</p>
    </li>
  );
}
