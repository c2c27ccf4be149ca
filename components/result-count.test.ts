import { describe, expect, it } from "vitest";
import { describeCount, describeTotal } from "./result-count";

describe("result counts in words", () => {
  it("says exact totals as they are", () => {
    expect(describeTotal(1, true)).toBe("1 entry");
    expect(describeTotal(0, true)).toBe("0 entries");
    expect(describeTotal(23, true)).toBe("23 entries");
    expect(describeTotal(1234, true)).toBe("1,234 entries");
  });

  it("rounds estimates to two significant digits and says about", () => {
    expect(describeTotal(26_804, false)).toBe("about 27,000 entries");
    expect(describeTotal(1_001, false)).toBe("about 1,000 entries");
    expect(describeTotal(99_383, false)).toBe("about 99,000 entries");
    expect(describeCount(8_868, false)).toBe("about 8,900");
    expect(describeCount(7, false)).toBe("about 7");
  });
});
