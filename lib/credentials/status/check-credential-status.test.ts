import { gzipSync } from "node:zlib";

import { describe, expect, it, vi } from "vitest";

import { toBase64Url } from "@/lib/credentials/keys/encoding";
import type { JsonObject } from "@/lib/credentials/types";

import { checkCredentialStatus, type FetchStatusList } from "./check-credential-status";
import { decodeStatusList, readStatusValue } from "./decode-status-list";

const clock = { now: () => new Date("2026-11-29T00:00:00Z") };
const LIST_URL = "https://issuer.example/status/3";

/** A 16 KiB bitstring (the v1.0 minimum) with the given indexes set; index 0 is the left-most bit. */
function encodeList(setIndexes: number[], prefix = "u"): string {
  const bits = new Uint8Array(16 * 1024);
  for (const index of setIndexes) bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
  return `${prefix}${toBase64Url(new Uint8Array(gzipSync(bits)))}`;
}

function statusListCredential(encodedList: string, extra: JsonObject = {}, subject: JsonObject = {}): JsonObject {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    id: LIST_URL,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: "did:web:issuer.example",
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: { id: `${LIST_URL}#list`, type: "BitstringStatusList", statusPurpose: "revocation", encodedList, ...subject },
    ...extra,
  };
}

function credentialWith(credentialStatus: unknown): JsonObject {
  return { "@context": ["https://www.w3.org/ns/credentials/v2"], type: ["VerifiableCredential"], issuer: "did:web:issuer.example", credentialStatus };
}

const entry = (index: number, extra: JsonObject = {}) => ({
  id: `${LIST_URL}#${index}`,
  type: "BitstringStatusListEntry",
  statusPurpose: "revocation",
  statusListIndex: String(index),
  statusListCredential: LIST_URL,
  ...extra,
});

const serving = (list: JsonObject) =>
  vi.fn<FetchStatusList>(async (url) => {
    if (url !== LIST_URL) throw new Error(`unknown list ${url}`);
    return list;
  });

describe("decodeStatusList", () => {
  it("reads index 0 as the left-most bit", () => {
    const bits = decodeStatusList({ encodedList: encodeList([0, 94567]), type: "BitstringStatusList" });
    expect(bits).toHaveLength(16 * 1024);
    expect([0, 1, 7, 94566, 94567, 94568].map((index) => readStatusValue({ bits, index, size: 1 }))).toEqual([1, 0, 0, 0, 1, 0]);
  });

  it("refuses a v1.0 list without the multibase prefix, and garbage", () => {
    expect(() => decodeStatusList({ encodedList: encodeList([], ""), type: "BitstringStatusList" })).toThrow(/prefix/);
    expect(() => decodeStatusList({ encodedList: "uAAAA", type: "BitstringStatusList" })).toThrow(/GZIP/);
  });
});

describe("checkCredentialStatus", () => {
  it("passes an unrevoked credential and fails a revoked one", async () => {
    const fetchStatusList = serving(statusListCredential(encodeList([94567])));
    const fine = await checkCredentialStatus({ credential: credentialWith(entry(94566)), fetchStatusList, clock });
    expect(fine.checks).toEqual([
      { id: "status.checked", passed: true, message: `Consulted the revocation status list ${LIST_URL}, index 94566`, path: "credentialStatus" },
      { id: "status.revoked", passed: true, message: `Not revoked (status list ${LIST_URL}, index 94566)`, path: "credentialStatus" },
    ]);
    const revoked = await checkCredentialStatus({ credential: credentialWith(entry(94567)), fetchStatusList, clock, path: "verifiableCredential[2]" });
    expect(revoked.checks[1]).toMatchObject({
      id: "status.revoked",
      passed: false,
      message: expect.stringMatching(/^Revoked according to/),
      path: "verifiableCredential[2].credentialStatus",
    });
    expect(revoked.entries).toEqual([{ purpose: "revocation", statusListCredential: LIST_URL, index: 94567, value: 1 }]);
  });

  it("checks every entry of a list and reads StatusList2021 without prefix", async () => {
    const list2021 = statusListCredential(encodeList([5], ""), {}, { type: "StatusList2021", statusPurpose: "suspension" });
    const credential = credentialWith([
      { ...entry(5, { statusPurpose: "suspension" }), type: "StatusList2021Entry" },
      { ...entry(6, { statusPurpose: "suspension" }), type: "StatusList2021Entry" },
    ]);
    const { checks } = await checkCredentialStatus({ credential, fetchStatusList: serving(list2021), clock });
    expect(checks.map((check) => [check.id, check.passed, check.path])).toEqual([
      ["status.checked", true, "credentialStatus[0]"],
      ["status.suspended", false, "credentialStatus[0]"],
      ["status.checked", true, "credentialStatus[1]"],
      ["status.suspended", true, "credentialStatus[1]"],
    ]);
  });

  it("reads multi-bit message statuses", async () => {
    const list = statusListCredential(encodeList([2, 3]), {}, { statusPurpose: "message" });
    const { checks, entries } = await checkCredentialStatus({
      credential: credentialWith(entry(1, { statusPurpose: "message", statusSize: 2 })),
      fetchStatusList: serving(list),
      clock,
    });
    expect(entries[0]?.value).toBe(3);
    expect(checks[1]).toMatchObject({ id: "status.message", passed: true, message: expect.stringMatching(/^Status message is 3/) });
  });

  it.each([
    ["a list for another purpose", statusListCredential(encodeList([]), {}, { statusPurpose: "suspension" }), /is for suspension, not revocation/],
    ["an expired list", statusListCredential(encodeList([]), { validUntil: "2026-01-31T00:00:00Z" }), /expired on/],
    ["a list under another id", statusListCredential(encodeList([]), { id: "https://issuer.example/status/4" }), /is https:\/\/issuer.example\/status\/4/],
    ["a list too short for the index", statusListCredential(`u${toBase64Url(new Uint8Array(gzipSync(new Uint8Array(4))))}`), /beyond the list/],
  ])("fails, without crashing, on %s", async (_label, list, message) => {
    const { checks } = await checkCredentialStatus({ credential: credentialWith(entry(94566)), fetchStatusList: serving(list), clock });
    expect(checks).toEqual([expect.objectContaining({ id: "status.checked", passed: false, message: expect.stringMatching(message) })]);
    expect(checks[0]?.severity).toBeUndefined();
  });

  it("fails when the list cannot be fetched or the entry is malformed", async () => {
    const fetchStatusList = vi.fn<FetchStatusList>(async () => {
      throw new Error("offline");
    });
    const unreachable = await checkCredentialStatus({ credential: credentialWith(entry(1)), fetchStatusList, clock });
    expect(unreachable.checks[0]).toMatchObject({ id: "status.checked", passed: false, message: expect.stringMatching(/cannot be used \(offline\)/) });
    expect(unreachable.checks[0]?.severity).toBeUndefined();
    const malformed = await checkCredentialStatus({ credential: credentialWith(entry(1, { statusListIndex: "-1" })), fetchStatusList, clock });
    expect(malformed.checks[0]).toMatchObject({ passed: false, message: expect.stringMatching(/numeric statusListIndex/) });
    const unknown = await checkCredentialStatus({ credential: credentialWith({ ...entry(1), type: "RevocationList2020Status" }), fetchStatusList, clock });
    expect(unknown.checks[0]).toMatchObject({ passed: false, message: expect.stringMatching(/not supported/) });
    expect(fetchStatusList).toHaveBeenCalledTimes(1);
  });

  it("warns, without a verdict, when the list cannot be consulted offline", async () => {
    const { checks, entries } = await checkCredentialStatus({ credential: credentialWith(entry(1)), fetchStatusList: async () => null, clock });
    expect(checks).toEqual([
      {
        id: "status.checked",
        passed: false,
        severity: "warning",
        path: "credentialStatus",
        message: `Status not checked: the status list ${LIST_URL} could not be consulted offline`,
      },
    ]);
    expect(entries).toEqual([]);
  });

  it("reports nothing for a credential without status", async () => {
    const fetchStatusList = vi.fn<FetchStatusList>();
    expect(await checkCredentialStatus({ credential: credentialWith(undefined), fetchStatusList, clock })).toEqual({ checks: [], entries: [] });
    expect(fetchStatusList).not.toHaveBeenCalled();
  });
});
