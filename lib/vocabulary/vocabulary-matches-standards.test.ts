import { readFileSync } from "node:fs";
import path from "node:path";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { DLH, EHDS_PURPOSES, PSEUDONYMISATION_LEVELS } from "@/lib/vocabulary";

// The lists here and the published vocabulary (SHACL concepts, JSON-LD context) must name the same
// terms: a purpose the wizard offers but the shapes refuse would make every such dataset fail.

const STANDARDS = path.join(import.meta.dirname, "../../standards");
const SKOS = "http://www.w3.org/2004/02/skos/core#";
const quads = new Parser().parse(readFileSync(path.join(STANDARDS, "shapes/dataloft/health-extension.ttl"), "utf8"));
const context = JSON.parse(readFileSync(path.join(STANDARDS, "contexts/dataloft/health-v1.jsonld"), "utf8"))["@context"] as Record<string, unknown>;

function conceptsOf(scheme: string): string[] {
  return quads
    .filter((quad) => quad.predicate.value === `${SKOS}inScheme` && quad.object.value === `${DLH}${scheme}`)
    .map((quad) => quad.subject.value.slice(DLH.length));
}

function notationOf(id: string): string | undefined {
  return quads.find((quad) => quad.subject.value === `${DLH}${id}` && quad.predicate.value === `${SKOS}notation`)?.object.value;
}

describe("lib/vocabulary against the published health vocabulary", () => {
  it("names exactly the EHDS Art. 53(1) purposes of the shapes, with their article points", () => {
    expect(EHDS_PURPOSES.map((purpose) => purpose.id).sort()).toEqual(conceptsOf("PurposeOfUse").sort());
    for (const purpose of EHDS_PURPOSES) expect(notationOf(purpose.id), purpose.id).toBe(purpose.article);
  });

  it("names exactly the pseudonymisation levels of the shapes", () => {
    expect(PSEUDONYMISATION_LEVELS.map((level) => level.id).sort()).toEqual(conceptsOf("PseudonymisationLevel").sort());
  });

  it("every purpose and level is a term of the JSON-LD context", () => {
    for (const { id } of [...EHDS_PURPOSES, ...PSEUDONYMISATION_LEVELS]) expect(context[id], id).toBe(`dlh:${id}`);
  });
});
