import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { assertWithinCaps, DEFAULT_DOCUMENT_CAPS, measureDocument, type DocumentCaps } from "./check-document-caps";

function capError(documents: unknown[], caps?: DocumentCaps): AppError {
  try {
    assertWithinCaps(documents, caps);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a cap to be exceeded");
}

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let level = 0; level < depth; level += 1) value = { id: `urn:x:${level}`, next: value };
  return value;
}

function credentialFixtures(): { file: string; document: unknown }[] {
  const found: { file: string; document: unknown }[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const file = path.join(directory, name);
      if (statSync(file).isDirectory()) walk(file);
      // Shapes and the verdict table written here (test/fixtures/verdicts) are not credentials.
      else if (/\.(json|jsonld)$/.test(name) && !file.includes(`${path.sep}shapes${path.sep}`) && !file.includes(`${path.sep}verdicts${path.sep}`))
        found.push({ file, document: JSON.parse(readFileSync(file, "utf8")) });
    }
  };
  walk(path.join(process.cwd(), "test", "fixtures"));
  return found;
}

describe("measureDocument", () => {
  it("counts depth, objects, blank nodes and terms, leaving @context out of the blank nodes", () => {
    const measure = measureDocument({ "@context": [{ ex: { "@type": "@id" } }], id: "urn:a", credentialSubject: { name: "x", tags: ["a", "b"] } });
    expect(measure).toEqual({ depth: 4, nodes: 6, blankNodes: 1, terms: 10 });
  });

  it("walks a document far deeper than the call stack allows without overflowing", () => {
    expect(measureDocument(nested(200_000)).depth).toBe(200_000);
  });
});

describe("assertWithinCaps", () => {
  it("passes every credential in test/fixtures with at least four times the room", () => {
    const quarter: DocumentCaps = {
      maxDepth: DEFAULT_DOCUMENT_CAPS.maxDepth / 4,
      maxNodes: DEFAULT_DOCUMENT_CAPS.maxNodes / 4,
      maxBlankNodes: DEFAULT_DOCUMENT_CAPS.maxBlankNodes / 4,
      maxTerms: DEFAULT_DOCUMENT_CAPS.maxTerms / 4,
    };
    const fixtures = credentialFixtures();
    expect(fixtures.length).toBeGreaterThan(100);
    for (const { file, document } of fixtures) expect(() => assertWithinCaps([document], quarter), file).not.toThrow();
  });

  it("names the depth cap, its limit and the value found (422)", () => {
    const error = capError([nested(40)]);
    expect(error.code).toBe("DOCUMENT_TOO_COMPLEX");
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({ cap: "maxDepth", limit: 32 });
    expect(error.details?.found).toBeGreaterThan(32);
    expect(error.message).toContain("limit (maxDepth) is 32");
  });

  it("names the blank-node cap for many objects without id (422)", () => {
    const subjects = Array.from({ length: 1200 }, (_, index) => ({ value: index }));
    const error = capError([{ id: "urn:vc", credentialSubject: subjects }]);
    expect(error.code).toBe("DOCUMENT_TOO_COMPLEX");
    expect(error.details).toMatchObject({ cap: "maxBlankNodes", limit: 1000, found: 1001 });
    expect(error.invalidParams?.[0]?.reason).toContain("maxBlankNodes 1000 exceeded");
  });

  it("answers 413 for too many objects or terms, counting across documents", () => {
    const ids = Array.from({ length: 15_000 }, (_, index) => ({ id: `urn:n:${index}` }));
    const nodes = capError([
      { id: "urn:a", items: ids },
      { id: "urn:b", items: ids },
    ]);
    expect(nodes.status).toBe(413);
    expect(nodes.details).toMatchObject({ cap: "maxNodes", limit: 20_000 });
    const terms = capError([{ id: "urn:c", values: Array.from({ length: 60_000 }, (_, index) => index) }]);
    expect(terms.code).toBe("PAYLOAD_TOO_LARGE");
    expect(terms.details).toMatchObject({ cap: "maxTerms", limit: 50_000 });
  });

  it("applies the caps it is given", () => {
    const error = capError([{ id: "urn:a", subject: { a: 1 }, other: { b: 2 } }], { ...DEFAULT_DOCUMENT_CAPS, maxBlankNodes: 1 });
    expect(error.details).toMatchObject({ cap: "maxBlankNodes", limit: 1, found: 2 });
  });
});
