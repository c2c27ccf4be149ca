import { useFormatter, useTranslations } from "next-intl";

// Where a catalogue entry comes from: harvested entries name their peers, and say when none of them
// has answered for too long (stale). The facet's words for an origin are catalogue.origins.

export function OriginBadge({ peers }: { peers: { id: string; name: string; stale: boolean }[] }) {
  const t = useTranslations("catalogue.originBadge");
  const format = useFormatter();
  const stale = peers.length > 0 && peers.every((peer) => peer.stale);
  const names = peers.length ? format.list(peers.map((peer) => peer.name)) : t("somePeer");
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${stale ? "border-amber-300 bg-amber-50 text-amber-900" : "border-sky-300 bg-sky-50 text-sky-900"}`}
      data-testid="origin-badge"
    >
      {stale ? t("stale", { names }) : t("harvested", { names })}
    </span>
  );
}
