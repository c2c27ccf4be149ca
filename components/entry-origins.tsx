import { useFormatter, useTranslations } from "next-intl";
import type { EntryOrigin } from "@/lib/federation/find-entry-origins";

// Where a harvested entry comes from, in words: this node checked the credential itself; the peers only
// delivered it. Entries published here have no origins and show nothing.

export function EntryOrigins({ origins, local }: { origins: EntryOrigin[]; local: boolean }) {
  const t = useTranslations("entry");
  const format = useFormatter();
  if (origins.length === 0) return null;
  return (
    <section aria-labelledby="origins-heading" className="rounded-lg border border-slate-200 bg-white p-6" data-testid="entry-origins">
      <h2 id="origins-heading" className="text-lg font-semibold">
        {t("origins.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{local ? t("origins.local") : t("origins.harvested")}</p>
      <ul className="mt-3 space-y-2 text-sm">
        {origins.map((origin) => (
          <li key={origin.peerBaseUrl}>
            <span className="font-medium">{origin.peerName}</span> <span className="break-all font-mono text-xs text-slate-600">{origin.peerBaseUrl}</span>
            <br />
            {t("origins.served", {
              first: format.dateTime(new Date(origin.firstSeenAt), "day"),
              last: format.dateTime(new Date(origin.lastSeenAt), "moment"),
              status: t("status", { status: origin.peerStatus }),
            })}
            {origin.stale ? <strong className="ml-1 text-amber-900">{t("origins.stale")}</strong> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
