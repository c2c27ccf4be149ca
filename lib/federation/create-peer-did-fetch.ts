import { AppError } from "@/lib/errors/app-error";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

// did:web resolution for credentials harvested from peers. A did:web names the host that answers for
// it; when that host is a registered peer (same host and port), its DID documents are fetched from the
// peer through the peer guard — over the peer's own scheme, so a closed-network peer on http works.
// Any other did:web goes to the general resolver's fetch when the operator enabled it, else nowhere.

export function createPeerDidFetch(options: { peerBaseUrls: readonly string[]; peerFetch: GuardedFetch; otherFetch?: GuardedFetch }): GuardedFetch {
  const peers = new Map(
    options.peerBaseUrls.map((base) => {
      const url = new URL(base);
      return [url.host.toLowerCase(), url.protocol] as const;
    }),
  );
  return async (url, init) => {
    const target = new URL(url);
    const peerProtocol = peers.get(target.host.toLowerCase());
    if (peerProtocol) {
      target.protocol = peerProtocol;
      return options.peerFetch(target.href, init);
    }
    if (options.otherFetch) return options.otherFetch(url, init);
    throw new AppError("DID_UNRESOLVABLE", { message: `${target.host} is neither a registered peer nor reachable: resolution over HTTPS is not enabled` });
  };
}
