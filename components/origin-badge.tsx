// Where a catalogue entry comes from: harvested entries name their peers, and say when none of them
// has answered for too long (stale).

export function originLabel(value: string): string {
  return value === "PEER" ? "Harvested from peers" : value === "LOCAL" ? "Published on this node" : value;
}

export function OriginBadge({ peers }: { peers: { id: string; name: string; stale: boolean }[] }) {
  const stale = peers.length > 0 && peers.every((peer) => peer.stale);
  const names = peers.map((peer) => peer.name).join(", ") || "a peer";
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${stale ? "border-amber-300 bg-amber-50 text-amber-900" : "border-sky-300 bg-sky-50 text-sky-900"}`}
      data-testid="origin-badge"
    >
      {stale ? `Stale copy from ${names}` : `Harvested from ${names}`}
    </span>
  );
}
