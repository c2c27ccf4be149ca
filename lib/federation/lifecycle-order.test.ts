import { describe, expect, it } from "vitest";
import { mostAdvancedStatus } from "./lifecycle-order";

describe("mostAdvancedStatus", () => {
  it("lets a revocation reported by any peer win, and never goes back to active", () => {
    expect(mostAdvancedStatus(["ACTIVE", "REVOKED", "DEPRECATED"])).toBe("REVOKED");
    expect(mostAdvancedStatus(["DEPRECATED", "ACTIVE"])).toBe("DEPRECATED");
    expect(mostAdvancedStatus(["EOL", "DEPRECATED"])).toBe("EOL");
    expect(mostAdvancedStatus(["ACTIVE"])).toBe("ACTIVE");
    expect(mostAdvancedStatus([])).toBe("ACTIVE");
  });
});
