import { Parser, Store } from "n3";
import { describe, expect, it } from "vitest";

import { createShapesRegistry } from "./shapes/create-shapes-registry";
import { validateGraph } from "./validate-graph";

const shapes = createShapesRegistry();
const turtle = (text: string) => new Store(new Parser().parse(`@prefix ex: <https://example.org/> . @prefix dcat: <http://www.w3.org/ns/dcat#> . ${text}`));

describe("validateGraph verdicts", () => {
  it("a graph in a vocabulary no shape set covers is not validated: null, with the unchecked node named", async () => {
    const outcome = await validateGraph({ store: turtle('ex:thing a ex:Widget ; ex:colour "blue" .'), shapes });
    expect(outcome.shapesUsed).toEqual([]);
    expect(outcome.conforms).toBeNull();
    expect(outcome.unvalidated).toEqual([{ subject: "https://example.org/thing", types: ["https://example.org/Widget"] }]);
    expect(outcome.results.map((result) => result.sourceConstraint)).toEqual(["validation:NoShapesApplied"]);
  });

  it("a graph that is one cycle, with no shape set, is still not validated", async () => {
    const outcome = await validateGraph({ store: turtle("ex:a ex:next ex:b . ex:b ex:next ex:a ."), shapes });
    expect(outcome.conforms).toBeNull();
    expect(outcome.unvalidated.map((entry) => entry.subject)).toEqual(["https://example.org/a", "https://example.org/b"]);
  });

  it("a DCAT catalogue next to an untargeted top node is not validated until that node is covered", async () => {
    const catalogue =
      'ex:cat a dcat:Catalog ; <http://purl.org/dc/terms/title> "C"@en ; <http://purl.org/dc/terms/description> "D"@en ; <http://purl.org/dc/terms/publisher> ex:pub . ex:pub a <http://xmlns.com/foaf/0.1/Agent> ; <http://xmlns.com/foaf/0.1/name> "P" .';
    const alone = await validateGraph({ store: turtle(catalogue), shapes });
    expect(alone.results.filter((result) => result.severity === "Violation")).toEqual([]);
    expect(alone.conforms).toBe(true);
    const withStray = await validateGraph({ store: turtle(`${catalogue} ex:note a ex:Memo .`), shapes });
    expect(withStray.conforms).toBeNull();
    expect(withStray.unvalidated).toEqual([{ subject: "https://example.org/note", types: ["https://example.org/Memo"] }]);
  });
});
