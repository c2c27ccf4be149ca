import { describe, expect, it } from "vitest";
import { hostedSlugFromDid, participantDid, slugify } from "./participant-did";

describe("participant DIDs", () => {
  it("encodes the port as did:web requires", () => {
    expect(participantDid({ publicUrl: "http://localhost:3000", slug: "charite" })).toBe("did:web:localhost%3A3000:participants:charite");
  });

  it("keeps a base path", () => {
    expect(participantDid({ publicUrl: "https://example.org/catalogue", slug: "a" })).toBe("did:web:example.org:catalogue:participants:a");
  });

  it("recognises only its own hosted DIDs", () => {
    const publicUrl = "https://example.org";
    expect(hostedSlugFromDid({ publicUrl, did: "did:web:example.org:participants:uni-klinik" })).toBe("uni-klinik");
    expect(hostedSlugFromDid({ publicUrl, did: "did:web:other.org:participants:uni-klinik" })).toBeNull();
    expect(hostedSlugFromDid({ publicUrl, did: "did:web:example.org:participants:a:b" })).toBeNull();
  });

  it("makes readable slugs", () => {
    expect(slugify("Charité – Universitätsmedizin Berlin")).toBe("charite-universitatsmedizin-berlin");
  });
});
