// The URL half of the outbound guard: only https, only DNS names, never an address literal. Address
// literals are refused outright (not only private ones) because every numeric spelling trick
// (2130706433, 0x7f.1, 0177.0.0.1, [::ffff:7f00:1]) ends up here as a literal after WHATWG parsing.
import { isIP } from "node:net";

import { AppError } from "@/lib/errors/app-error";

export interface ParseGuardedUrlOptions {
  url: string;
  /** Lower-case host names the caller may reach; when given, every other host is refused. */
  allowHosts?: readonly string[];
  /**
   * Hosts (lower-case names or address literals, e.g. federation peers inside a closed network) that
   * may be reached over plain http, by address literal or as localhost. Only an operator sets these.
   */
  privateHosts?: readonly string[];
}

export interface GuardedUrl {
  url: URL;
  /** Host name without trailing dot, lower case: the name that is looked up and sent as SNI. */
  hostname: string;
  port: number;
  /** An operator-listed private host: http and non-public addresses are allowed for it. */
  private: boolean;
}

function refuse(url: string, reason: string): AppError {
  return new AppError("INVALID_INPUT", {
    message: `Refused to fetch ${url}: ${reason}`,
    details: { url, reason },
  });
}

/** Parses and vets a URL for an outbound fetch; throws AppError("INVALID_INPUT") when it is not allowed. */
export function parseGuardedUrl(options: ParseGuardedUrlOptions): GuardedUrl {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch (cause) {
    throw new AppError("INVALID_INPUT", { message: `Not a URL: ${options.url}`, cause });
  }
  const privateHost = isPrivateHost(url, options.privateHosts);
  if (url.protocol !== "https:" && !(privateHost && url.protocol === "http:")) throw refuse(options.url, "only https is allowed");
  if (url.username || url.password) throw refuse(options.url, "credentials in the URL are not allowed");
  const rawHost = url.hostname.toLowerCase();
  if (privateHost) {
    const literal = rawHost.replace(/^\[|\]$/g, "");
    if (options.allowHosts && !options.allowHosts.map((host) => host.toLowerCase()).includes(literal)) {
      throw refuse(options.url, `host ${literal} is not in the allow-list`);
    }
    return { url, hostname: literal, port: url.port ? Number(url.port) : url.protocol === "http:" ? 80 : 443, private: true };
  }
  if (rawHost.startsWith("[") || isIP(rawHost)) throw refuse(options.url, "IP address literals are not allowed");
  const hostname = rawHost.replace(/\.$/, "");
  if (!hostname || isIP(hostname)) throw refuse(options.url, "IP address literals are not allowed");
  // "localhost" resolves locally without DNS on many systems (RFC 6761); refuse it by name.
  if (hostname === "localhost" || hostname.endsWith(".localhost")) throw refuse(options.url, "localhost is not allowed");
  if (options.allowHosts && !options.allowHosts.map((host) => host.toLowerCase()).includes(hostname)) {
    throw refuse(options.url, `host ${hostname} is not in the allow-list`);
  }
  const port = url.port ? Number(url.port) : 443;
  return { url, hostname, port, private: false };
}

function isPrivateHost(url: URL, privateHosts: readonly string[] | undefined): boolean {
  if (!privateHosts?.length) return false;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return privateHosts.some((allowed) => allowed.toLowerCase() === host);
}
