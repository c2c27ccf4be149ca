import { describe, expect, it } from "vitest";
import { parseJsonStrictly } from "./parse-json-strictly";

describe("parseJsonStrictly", () => {
  it("parses ordinary JSON with nested objects, arrays and escaped quotes", () => {
    expect(parseJsonStrictly('{"a": {"b": [1, {"c": "x\\"y"}]}, "d": "{\\"a\\":1}"}')).toEqual({ a: { b: [1, { c: 'x"y' }] }, d: '{"a":1}' });
  });

  it("allows the same key in different objects", () => {
    expect(parseJsonStrictly('[{"id": 1}, {"id": 2}]')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it("refuses a duplicate key and names its path", () => {
    expect(() => parseJsonStrictly('{"credentialSubject": {"name": "A", "name": "B"}}')).toThrow(/\$\.credentialSubject\.name.*duplicate/);
  });

  it("refuses __proto__ and constructor members", () => {
    expect(() => parseJsonStrictly('{"a": {"__proto__": {"admin": true}}}')).toThrowError(/__proto__/);
    expect(() => parseJsonStrictly('{"constructor": {}}')).toThrowError(/constructor/);
  });

  it("refuses nesting beyond the limit without recursing", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(() => parseJsonStrictly(deep, { maxDepth: 64 })).toThrowError(/deeper than 64/);
  });

  it("reports the array index in paths", () => {
    try {
      parseJsonStrictly('{"verifiableCredential": [{}, {"a": 1, "a": 2}]}');
      expect.unreachable();
    } catch (error) {
      expect((error as { invalidParams: { name: string }[] }).invalidParams[0]?.name).toBe("$.verifiableCredential[1].a");
    }
  });

  it("refuses malformed JSON as BAD_REQUEST", () => {
    expect(() => parseJsonStrictly('{"a": 1,}')).toThrowError(expect.objectContaining({ code: "BAD_REQUEST" }));
  });
});
