import jsonld from "jsonld";
import { describe, expect, it } from "vitest";

import { toShaclReportJsonLd } from "./to-shacl-report-json-ld";
import type { ValidationOutcome } from "./types";

const SH = "http://www.w3.org/ns/shacl#";

const outcome: ValidationOutcome = {
  conforms: false,
  trustFramework: "gaia-x-22.10",
  shapesUsed: ["gaia-x-22.10@abc"],
  unvalidated: [],
  profiles: [{ shapeSet: "gaia-x-22.10", conforms: false, informational: false }],
  results: [
    {
      severity: "Violation",
      focusNode: "https://www.msg.group/legalparticipant",
      path: "https://example.org/gx#legalAddress / https://example.org/gx#countrySubdivisionCode",
      value: null,
      message: "legalAddress needs a countrySubdivisionCode such as DE-BE",
      sourceShape: "_:b0_b15",
      sourceConstraint: `${SH}MinCountConstraintComponent`,
    },
    {
      severity: "Warning",
      focusNode: "https://example.org/offering",
      path: "https://example.org/gx#providedBy",
      value: "did:web:a.example",
      message: "The provider is not in this submission",
      sourceShape: "serviceOfferingIssuerMatchesProvider",
      sourceConstraint: "serviceOfferingIssuerMatchesProvider",
    },
  ],
};

async function refuseLoading(url: string): Promise<never> {
  throw new Error(`unexpected context ${url}`);
}

describe("toShaclReportJsonLd", () => {
  it("is a sh:ValidationReport that expands to the SHACL vocabulary", async () => {
    const report = toShaclReportJsonLd(outcome);
    const [expanded] = (await jsonld.expand(report, { documentLoader: refuseLoading, safe: true })) as Record<string, unknown>[];
    expect(expanded?.["@type"]).toEqual([`${SH}ValidationReport`]);
    expect(expanded?.[`${SH}conforms`]).toEqual([{ "@value": "false", "@type": "http://www.w3.org/2001/XMLSchema#boolean" }]);
    const results = expanded?.[`${SH}result`] as Record<string, unknown>[];
    expect(results).toHaveLength(2);
    expect(results[0]?.[`${SH}resultSeverity`]).toEqual([{ "@id": `${SH}Violation` }]);
    expect(results[0]?.[`${SH}resultPath`]).toEqual([
      { "@list": [{ "@id": "https://example.org/gx#legalAddress" }, { "@id": "https://example.org/gx#countrySubdivisionCode" }] },
    ]);
    expect(results[1]?.[`${SH}sourceConstraintComponent`]).toEqual([{ "@id": "https://w3id.org/dataloft/validation#serviceOfferingIssuerMatchesProvider" }]);
    expect(results[1]?.[`${SH}value`]).toEqual([{ "@value": "did:web:a.example" }]);
  });

  it("reports a not-validated verdict as not conforming and names the unchecked subjects", async () => {
    const notValidated: ValidationOutcome = {
      ...outcome,
      conforms: null,
      results: [],
      unvalidated: [{ subject: "https://example.org/thing", types: ["https://example.org/Unknown"] }],
    };
    const [expanded] = (await jsonld.expand(toShaclReportJsonLd(notValidated), { documentLoader: refuseLoading, safe: true })) as Record<string, unknown>[];
    expect(expanded?.[`${SH}conforms`]).toEqual([{ "@value": "false", "@type": "http://www.w3.org/2001/XMLSchema#boolean" }]);
    expect(expanded?.["https://w3id.org/dataloft/validation#notValidated"]).toEqual([
      {
        "https://w3id.org/dataloft/validation#subject": [{ "@id": "https://example.org/thing" }],
        "https://w3id.org/dataloft/validation#type": [{ "@id": "https://example.org/Unknown" }],
      },
    ]);
  });
});
