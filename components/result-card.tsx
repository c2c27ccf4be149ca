import Link from "next/link";
import type { ReactNode } from "react";
import { TrustBadge } from "./trust-badge";
import { shortDid } from "./format";

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
  return (
    <li className="flex h-36 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white p-4" data-testid="result-card">
      <div className="flex items-start justify-between gap-2">
        <h3 className="min-w-0 truncate font-semibold text-slate-900">
          <Link href={`/catalogue/${item.hash}`} className="hover:underline" title={item.title}>
            {item.title}
          </Link>
        </h3>
        <span className="flex shrink-0 gap-1">
          {badges}
          <TrustBadge trust={item.trust} />
        </span>
      </div>
      <p className="truncate text-sm text-slate-600">
        {item.providerName ?? shortDid(item.providerDid ?? item.issuerDid)} · {item.types.join(", ")}
        {item.status !== "ACTIVE" ? (
          <>
            {" "}
            · <strong>{item.status.toLowerCase()}</strong>
          </>
        ) : null}
      </p>
      <p className="mt-2 line-clamp-2 text-sm text-slate-700">{item.description ?? ""}</p>
    </li>
  );
}
