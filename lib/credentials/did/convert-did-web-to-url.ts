// did:web method-specific id -> HTTPS URL (W3C CCG did:web, "Read (Resolve)").
import { AppError } from "@/lib/errors/app-error";

export interface ConvertDidWebToUrlOptions {
  did: string;
}

/** did:web:host[%3Aport][:path…] -> https://host[:port]/.well-known/did.json or https://host/path…/did.json. */
export function convertDidWebToUrl(options: ConvertDidWebToUrlOptions): string {
  const { did } = options;
  const unresolvable = (reason: string, cause?: unknown) => new AppError("DID_UNRESOLVABLE", { message: `${did} is not a valid did:web: ${reason}`, cause });
  if (!did.startsWith("did:web:")) throw unresolvable("it does not start with did:web:");
  const segments = did.slice("did:web:".length).split(":");
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch (cause) {
    throw unresolvable("bad percent-encoding", cause);
  }
  const [host = "", ...path] = decoded;
  if (!/^[A-Za-z0-9.-]+(:[0-9]{1,5})?$/.test(host)) throw unresolvable(`"${host}" is not a host name with an optional port`);
  for (const segment of path) {
    // Decoded segments must stay single path segments: no "..", no slashes smuggled in as %2F.
    if (!segment || segment === "." || segment === ".." || /[/\\?#]/.test(segment)) {
      throw unresolvable(`path segment "${segment}" is not allowed`);
    }
  }
  const pathname = path.length ? `/${path.map(encodeURIComponent).join("/")}/did.json` : "/.well-known/did.json";
  return `https://${host.toLowerCase()}${pathname}`;
}
