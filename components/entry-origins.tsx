import type { EntryOrigin } from "@/lib/federation/find-entry-origins";

// Where a harvested entry comes from, in words: this node checked the credential itself; the peers only
// delivered it. Entries published here have no origins and show nothing.

export function EntryOrigins({ origins, local }: { origins: EntryOrigin[]; local: boolean }) {
  if (origins.length === 0) return null;
  return (
    <section aria-labelledby="origins-heading" className="rounded-lg border border-slate-200 bg-white p-6" data-testid="entry-origins">
      <h2 id="origins-heading" className="text-lg font-semibold">
        Where this entry comes from
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {local
          ? "Published on this node; federation peers also serve the same document."
          : "Harvested from federation peers. This node verified the signature and validated the claims itself; the peers only delivered the document."}
      </p>
      <ul className="mt-3 space-y-2 text-sm">
        {origins.map((origin) => (
          <li key={origin.peerBaseUrl}>
            <span className="font-medium">{origin.peerName}</span> <span className="break-all font-mono text-xs text-slate-600">{origin.peerBaseUrl}</span>
            <br />
            First served {origin.firstSeenAt.slice(0, 10)}, last {origin.lastSeenAt.slice(0, 16).replace("T", " ")} UTC, reported as{" "}
            {origin.peerStatus.toLowerCase()}.
            {origin.stale ? <strong className="ml-1 text-amber-900">Stale: this peer has not answered for a long time.</strong> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
