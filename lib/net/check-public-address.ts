// Decides whether an IP address may be contacted from the server. Anything that is not plainly a
// public unicast address is refused: SSRF into the operator's network is the risk this guards against.
import { isIPv4, isIPv6 } from "node:net";

export interface AddressVerdict {
  allowed: boolean;
  /** Why the address is refused, in plain words; empty when allowed. */
  reason: string;
}

export interface CheckPublicAddressOptions {
  address: string;
}

// [first address, prefix length, reason]; IANA special-purpose registry (RFC 6890 and successors).
const IPV4_BLOCKS: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "unspecified/this-network"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "6to4 relay anycast"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved/broadcast"],
];

function ipv4ToNumber(address: string): number {
  return address.split(".").reduce((value, octet) => value * 256 + Number(octet), 0);
}

function checkIpv4(address: string): AddressVerdict {
  const value = ipv4ToNumber(address);
  for (const [base, prefix, reason] of IPV4_BLOCKS) {
    const size = 2 ** (32 - prefix);
    const start = ipv4ToNumber(base);
    if (value >= start && value < start + size) return { allowed: false, reason: `${address} is ${reason}` };
  }
  return { allowed: true, reason: "" };
}

/** Sixteen bytes of an IPv6 address (node has already validated the text with isIPv6). */
function ipv6ToBytes(address: string): number[] {
  let text = address.split("%")[0] ?? address; // a zone id only ever appears on link-local addresses
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (isIPv4(last)) {
    const value = ipv4ToNumber(last);
    tail.push((value >>> 16) & 0xffff, value & 0xffff);
    text = text.slice(0, lastColon + 1) + "0";
  }
  const [head = "", rest] = text.split("::");
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const headGroups = parse(head);
  const restGroups = rest === undefined ? [] : parse(rest);
  if (tail.length) (restGroups.length ? restGroups : headGroups).pop();
  const missing = 8 - headGroups.length - restGroups.length - tail.length;
  const groups = [...headGroups, ...new Array<number>(Math.max(missing, 0)).fill(0), ...restGroups, ...tail];
  return groups.flatMap((group) => [(group >> 8) & 0xff, group & 0xff]);
}

function embeddedIpv4(bytes: number[], offset: number): string {
  return bytes.slice(offset, offset + 4).join(".");
}

function checkIpv6(address: string): AddressVerdict {
  const bytes = ipv6ToBytes(address);
  const refuse = (reason: string): AddressVerdict => ({ allowed: false, reason: `${address} is ${reason}` });
  const isZero = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): the real target is the IPv4 address.
  if (isZero(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return relay(address, embeddedIpv4(bytes, 12));
  if (isZero(0, 12)) {
    if (isZero(12, 15) && (bytes[15] === 0 || bytes[15] === 1)) return refuse(bytes[15] ? "loopback" : "unspecified");
    return relay(address, embeddedIpv4(bytes, 12));
  }
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) also carry an IPv4 destination.
  if (b0 === 0x00 && b1 === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b) return relay(address, embeddedIpv4(bytes, 12));
  if (b0 === 0x20 && b1 === 0x02) return relay(address, embeddedIpv4(bytes, 2));
  if ((b0 & 0xfe) === 0xfc) return refuse("unique-local");
  if (b0 === 0xfe && (b1 & 0xc0) === 0x80) return refuse("link-local");
  if (b0 === 0xfe && (b1 & 0xc0) === 0xc0) return refuse("site-local");
  if (b0 === 0xff) return refuse("multicast");
  if (b0 === 0x20 && b1 === 0x01 && bytes[2] === 0x0d && bytes[3] === 0xb8) return refuse("documentation");
  if (b0 === 0x20 && b1 === 0x01 && bytes[2] === 0x00 && bytes[3] === 0x00) return refuse("Teredo");
  // Only global unicast (2000::/3) remains acceptable.
  if ((b0 & 0xe0) !== 0x20) return refuse("not global unicast");
  return { allowed: true, reason: "" };
}

function relay(address: string, ipv4: string): AddressVerdict {
  const inner = checkIpv4(ipv4);
  return inner.allowed ? inner : { allowed: false, reason: `${address} embeds ${inner.reason}` };
}

/** Whether `address` (a literal IPv4 or IPv6 address) is a public unicast address. */
export function checkPublicAddress(options: CheckPublicAddressOptions): AddressVerdict {
  const { address } = options;
  if (isIPv4(address)) return checkIpv4(address);
  if (isIPv6(address)) return checkIpv6(address);
  return { allowed: false, reason: `${JSON.stringify(address)} is not an IP address` };
}
