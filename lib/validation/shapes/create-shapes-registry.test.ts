import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { Parser } from "n3";
import { describe, expect, it } from "vitest";

import { createShapesRegistry } from "./create-shapes-registry";

describe("createShapesRegistry", () => {
  it("parses a shape set once and keys it by id and content hash", async () => {
    const registry = createShapesRegistry();
    const [first, second] = await Promise.all([registry.get("gaia-x-22.10"), registry.get("gaia-x-22.10")]);
    expect(second).toBe(first);
    const bytes = readFileSync(path.join(process.cwd(), "standards/shapes/gaiax/22.10/trustframework.registry-2024-05.jsonld"));
    expect(first.contentHash).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(first.contentHash).toBe("b605036998327ca02cda74816ed0a2d6e8a1e6efd7d4d33d8a2c09a5f198775b");
    expect(first.quadCount).toBeGreaterThan(5000);
    expect(registry.loaded()).toEqual([`gaia-x-22.10@${first.contentHash}`]);
    expect(await registry.get("gaia-x-22.10")).toBe(first);
  });

  it("does not cache a failed parse", async () => {
    const registry = createShapesRegistry({ shapesDirectory: "/nonexistent" });
    await expect(registry.get("dataloft-health")).rejects.toThrow();
    await expect(registry.get("dataloft-health")).rejects.toThrow();
    expect(registry.loaded()).toEqual([]);
  });

  it("merges extensions from the source into a set, keyed by their hashes, and drops them when none remain", async () => {
    const quads = new Parser().parse("@prefix sh: <http://www.w3.org/ns/shacl#> . <urn:shape:extra> a sh:NodeShape .");
    let extensions = [{ id: "schema-1", contentHash: "h1", quads }];
    const registry = createShapesRegistry({ extensions: async (id) => (id === "dataloft-health" ? extensions : []) });
    const builtin = await createShapesRegistry().get("dataloft-health");
    const merged = await registry.get("dataloft-health");
    expect(merged.contentHash).not.toBe(builtin.contentHash);
    expect(merged.extensions).toEqual(["schema-1@h1"]);
    expect(merged.quadCount).toBe(builtin.quadCount + 1);
    expect(await registry.get("dataloft-health")).toBe(merged);
    expect((await registry.get("dcat-ap-3.0.0")).extensions).toBeUndefined();
    extensions = [];
    expect((await registry.get("dataloft-health")).contentHash).toBe(builtin.contentHash);
    registry.setExtensionSource?.(null);
    expect((await registry.get("dataloft-health")).extensions).toBeUndefined();
  });
});
