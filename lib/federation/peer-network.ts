import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { createGuardedFetch, type GuardedFetch } from "@/lib/net/create-guarded-fetch";

// Peers are reached through the same outbound guard as DID resolution (no redirects, bounded time and
// size, vetted and pinned addresses) plus an operator allow-list of peer hosts. Only when the operator
// says the federation runs in a closed network may those hosts use http and private addresses.

export interface PeerNetworkConfig {
  hosts: readonly string[];
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export function peerNetworkConfig(): PeerNetworkConfig {
  const env = getEnv();
  return { hosts: env.DATALOFT_PEER_HOSTS, allowPrivate: env.DATALOFT_PEER_ALLOW_PRIVATE };
}

/** A feed page of 200 entries of up to a few kB each fits comfortably; a peer sending more is cut off. */
export const PEER_PAGE_MAX_BYTES = 8 * 1024 * 1024;

export function createPeerFetch(config: PeerNetworkConfig): GuardedFetch {
  return createGuardedFetch({
    allowHosts: config.hosts,
    privateHosts: config.allowPrivate ? config.hosts : [],
    timeoutMs: config.timeoutMs ?? 10_000,
    maxBytes: config.maxBytes ?? PEER_PAGE_MAX_BYTES,
  });
}

/** The normalised base URL of a peer, refused unless the operator listed its host. */
export function checkPeerBaseUrl(value: string, config: PeerNetworkConfig): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new AppError("INVALID_INPUT", { message: `${value} is not a URL.`, invalidParams: [{ name: "body.baseUrl", reason: "not a URL" }], cause });
  }
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const refuse = (reason: string) =>
    new AppError("INVALID_INPUT", { message: `The peer ${value} cannot be registered: ${reason}.`, invalidParams: [{ name: "body.baseUrl", reason }] });
  if (config.hosts.length === 0) throw refuse("federation is off on this node (DATALOFT_PEER_HOSTS is empty)");
  if (!config.hosts.includes(host)) throw refuse(`host ${host} is not in the operator's peer allow-list (DATALOFT_PEER_HOSTS)`);
  if (url.protocol !== "https:" && !(config.allowPrivate && url.protocol === "http:")) throw refuse("peers are reached over https only");
  if (url.username || url.password || url.search || url.hash) throw refuse("the base URL carries no credentials, query or fragment");
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
