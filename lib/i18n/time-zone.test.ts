import { describe, expect, it } from "vitest";
import { timeZoneOr } from "./time-zone";

describe("timeZoneOr", () => {
  it("keeps a real IANA zone and refuses made-up or hostile values", () => {
    expect(timeZoneOr("America/New_York", "Europe/Berlin")).toBe("America/New_York");
    expect(timeZoneOr("Mars/Olympus", "Europe/Berlin")).toBe("Europe/Berlin");
    expect(timeZoneOr("<script>", "Europe/Berlin")).toBe("Europe/Berlin");
    expect(timeZoneOr(undefined, "Europe/Berlin")).toBe("Europe/Berlin");
    expect(timeZoneOr("A".repeat(200), "Europe/Berlin")).toBe("Europe/Berlin");
  });
});
