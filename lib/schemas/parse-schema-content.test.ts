import { describe, expect, it } from "vitest";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { locateJsonError } from "./locate-json-error";
import { parseSchemaContent } from "./parse-schema-content";

const documentLoader = createDocumentLoader();

const SHAPES = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
<https://example.org/s#A> a sh:NodeShape ; sh:targetClass dcat:Dataset .
<https://example.org/s#B> a sh:NodeShape ; sh:targetClass dcat:Distribution .
`;

describe("parseSchemaContent", () => {
  it("counts the NodeShapes of Turtle shapes", async () => {
    const parsed = await parseSchemaContent({ content: SHAPES, format: "TURTLE", documentLoader });
    expect(parsed.nodeShapeCount).toBe(2);
    expect(parsed.quads).toHaveLength(4);
  });

  it("names line and column of a Turtle error", async () => {
    const broken = SHAPES.replace("sh:targetClass dcat:Distribution", "sh:targetClass foo:Distribution");
    await expect(parseSchemaContent({ content: broken, format: "TURTLE", documentLoader })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      invalidParams: [{ name: "body.content", reason: 'line 4, column 59: Undefined prefix "foo:"' }],
    });
  });

  it("refuses JSON-LD citing a context that is not pinned, without fetching it", async () => {
    const content = JSON.stringify({ "@context": "https://example.org/unknown-context", "@id": "https://example.org/s#A", "@type": "NodeShape" });
    await expect(parseSchemaContent({ content, format: "JSONLD", documentLoader })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      invalidParams: [{ name: "body.content", reason: expect.stringContaining("https://example.org/unknown-context") }],
    });
  });

  it("refuses JSON-LD whose terms would be dropped (safe mode)", async () => {
    const content = JSON.stringify({
      "@context": { sh: "http://www.w3.org/ns/shacl#" },
      "@id": "https://example.org/s#A",
      "@type": "sh:NodeShape",
      minCount: 1,
    });
    await expect(parseSchemaContent({ content, format: "JSONLD", documentLoader })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("locateJsonError", () => {
  it("finds the first syntax error by line and column, and nothing in valid JSON", () => {
    expect(locateJsonError('{\n  "a": [1, 2,]\n}')).toMatchObject({ line: 2, column: 14 });
    expect(locateJsonError('{"a": "unterminated')).toMatchObject({ line: 1, column: 20, reason: "unterminated string" });
    expect(locateJsonError("{'a': 1}")).toMatchObject({ line: 1, column: 2 });
    expect(locateJsonError('{"a": [true, null, -1.5e3, "\\u00e9"]}')).toBeNull();
    expect(locateJsonError("{} x")).toMatchObject({ line: 1, column: 4 });
  });
});
