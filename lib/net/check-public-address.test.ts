import { describe, expect, it } from "vitest";

import { checkPublicAddress } from "./check-public-address";

const refused = [
  "127.0.0.1",
  "127.5.6.7",
  "10.0.0.1",
  "172.16.0.1",
  "172.31.255.255",
  "192.168.1.1",
  "169.254.169.254",
  "100.64.0.1",
  "0.0.0.0",
  "224.0.0.1",
  "255.255.255.255",
  "198.18.0.1",
  "::",
  "::1",
  "fe80::1",
  "fe80::1%eth0",
  "fc00::1",
  "fd12:3456::1",
  "ff02::1",
  "::ffff:10.0.0.1",
  "::ffff:127.0.0.1",
  "::ffff:7f00:1",
  "::ffff:a9fe:a9fe",
  "0:0:0:0:0:ffff:c0a8:0101",
  "::127.0.0.1",
  "64:ff9b::10.0.0.1",
  "2002:7f00:1::",
  "2001:db8::1",
];
const allowed = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:93.184.216.34", "2002:5db8:d822::1"];

describe("checkPublicAddress", () => {
  it.each(refused)("refuses %s", (address) => {
    const verdict = checkPublicAddress({ address });
    expect(verdict.allowed).toBe(false);
    expect(verdict.reason).not.toBe("");
  });

  it.each(allowed)("allows %s", (address) => {
    expect(checkPublicAddress({ address })).toEqual({ allowed: true, reason: "" });
  });

  it("names the range it refused", () => {
    expect(checkPublicAddress({ address: "::ffff:10.0.0.1" }).reason).toMatch(/embeds 10\.0\.0\.1 is private/);
    expect(checkPublicAddress({ address: "100.64.1.1" }).reason).toMatch(/carrier-grade NAT/);
  });

  it("refuses text that is not an address", () => {
    expect(checkPublicAddress({ address: "example.org" }).allowed).toBe(false);
  });
});
