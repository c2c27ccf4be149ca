import { describe, expect, it } from "vitest";
import { readFixture, readFixtureText } from "@/lib/validation/test-support/fixtures";
import { buildCredentialGraph, type CredentialGraph } from "./build-credential-graph";
import { buildHealthDatasetCredential } from "./build-health-dataset-credential";

const edgeTexts = (graph: CredentialGraph) => graph.edges.map((edge) => `${edge.from} -${edge.label}-> ${edge.to}`);
const node = (graph: CredentialGraph, id: string) => graph.nodes.find((candidate) => candidate.id === id);

describe("buildCredentialGraph", () => {
  it("draws a JSON-LD credential: issuer DID, subject, nested nodes and linked IRIs, without literals", () => {
    const credential = buildHealthDatasetCredential(
      {
        title: "Asthma registry",
        purposes: ["ScientificResearch"],
        population: "Children",
        codingSystems: "http://snomed.info/sct",
        licence: "https://creativecommons.org/licenses/by/4.0/",
      },
      { issuer: "did:web:portal.example:participants:clinic", subjectId: "urn:uuid:0c8f1e2a-9d3b-4c11-8e5f-2b7a6d4c3e10" },
    );
    credential.id = "urn:uuid:credential-1";
    const graph = buildCredentialGraph({ document: credential });
    expect(graph.omittedNodes).toBe(0);
    expect(node(graph, "urn:uuid:credential-1")).toMatchObject({ kind: "credential", depth: 0 });
    expect(node(graph, "urn:uuid:0c8f1e2a-9d3b-4c11-8e5f-2b7a6d4c3e10")).toMatchObject({ kind: "subject", label: "Dataset", depth: 1 });
    expect(edgeTexts(graph)).toEqual(
      expect.arrayContaining([
        "urn:uuid:credential-1 -issuer-> did:web:portal.example:participants:clinic",
        "urn:uuid:credential-1 -credentialSubject-> urn:uuid:0c8f1e2a-9d3b-4c11-8e5f-2b7a6d4c3e10",
        "urn:uuid:0c8f1e2a-9d3b-4c11-8e5f-2b7a6d4c3e10 -license-> https://creativecommons.org/licenses/by/4.0/",
        "urn:uuid:0c8f1e2a-9d3b-4c11-8e5f-2b7a6d4c3e10 -healthTheme-> http://publications.europa.eu/resource/authority/data-theme/HEAL",
        "urn:uuid:0c8f1e2a-9d3b-4c11-8e5f-2b7a6d4c3e10 -codingSystem-> http://snomed.info/sct",
      ]),
    );
    expect(node(graph, "did:web:portal.example:participants:clinic")).toMatchObject({ kind: "link" });
    // The population map { en: … } is a nested node; titles and other literals are not nodes.
    expect(graph.nodes.find((candidate) => candidate.label === "population")).toMatchObject({ kind: "node", depth: 2 });
    expect(graph.nodes.some((candidate) => candidate.label.includes("Asthma"))).toBe(false);
  });

  it("joins the credentials of a 22.10 presentation where one references the other's subject by id", () => {
    const graph = buildCredentialGraph({ document: readFixture("examples/valid/22.10/ss.participant-vp.signed.json") });
    const registration = "https://gaia-x.eu/legalRegistrationNumberVC.json";
    expect(graph.nodes[0]).toMatchObject({ kind: "presentation", label: "Presentation", depth: 0 });
    expect(graph.nodes.filter((candidate) => candidate.kind === "credential")).toHaveLength(3);
    // Described as a subject in one credential, referenced from the participant in another: one node.
    expect(graph.nodes.filter((candidate) => candidate.id === registration)).toHaveLength(1);
    const participant = graph.nodes.find((candidate) => candidate.label === "LegalParticipant");
    expect(participant?.kind).toBe("subject");
    expect(graph.edges).toContainEqual({ from: participant!.id, to: registration, label: "legalRegistrationNumber" });
    expect(graph.edges.some((edge) => edge.label === "headquarterAddress" && edge.from === participant!.id)).toBe(true);
    expect(graph.edges.some((edge) => edge.label === "issuer" && edge.to === "did:web:registration.lab.gaia-x.eu:v1")).toBe(true);
  });

  it("decodes the enveloped VC-JWTs of a real Loire VP-JWT payload", () => {
    const jwt = readFixtureText("examples/valid/loire/gxdch.participant-vp.2026.signed.vp+jwt").trim();
    const payload = JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString("utf8")) as unknown;
    const graph = buildCredentialGraph({ document: payload });
    expect(graph.nodes.filter((candidate) => candidate.kind === "credential")).toHaveLength(3);
    expect(node(graph, "did:web:gaia-x.eu")?.label).toBe("did:web:gaia-x.eu");
    expect(node(graph, "did:web:notary.gxdch.gaiax.ovh:v2")).toMatchObject({ kind: "link" });
    const vatId = "https://gaia-x.eu/.well-known/vatID.json#cs";
    expect(node(graph, vatId)?.kind).toBe("subject");
    expect(graph.edges.some((edge) => edge.label === "registrationNumber" && edge.to === vatId)).toBe(true);
    // No data: URL (the JWT itself) ever becomes a node.
    expect(graph.nodes.some((candidate) => candidate.id.startsWith("data:"))).toBe(false);
  });

  it("reads a VC 1.1 JWT payload that carries the credential under vc", () => {
    const graph = buildCredentialGraph({
      document: {
        iss: "did:web:a.example",
        vc: {
          type: ["VerifiableCredential"],
          issuer: "did:web:a.example",
          credentialSubject: { id: "did:web:b.example", "gx:providedBy": { id: "did:web:c.example" } },
        },
      },
    });
    expect(edgeTexts(graph).sort()).toEqual([
      "_:n1 -credentialSubject-> did:web:b.example",
      "_:n1 -issuer-> did:web:a.example",
      "did:web:b.example -providedBy-> did:web:c.example",
    ]);
  });

  it("stops at maxNodes and counts what it left out; edges only join shown nodes", () => {
    const links = Array.from({ length: 100 }, (_, index) => ({ id: `https://example.org/part/${index}` }));
    const graph = buildCredentialGraph({
      document: { id: "urn:c", type: "VerifiableCredential", issuer: "did:web:i.example", credentialSubject: { id: "urn:s", hasPart: links } },
      maxNodes: 40,
    });
    expect(graph.nodes).toHaveLength(40);
    expect(graph.omittedNodes).toBe(103 - 40);
    const shown = new Set(graph.nodes.map((candidate) => candidate.id));
    expect(graph.edges.every((edge) => shown.has(edge.from) && shown.has(edge.to))).toBe(true);
    expect(graph.edges).toHaveLength(39);
  });

  it("survives cycles and deep nesting", () => {
    const subject: Record<string, unknown> = { id: "urn:a", knows: { id: "urn:b", knows: { id: "urn:a", name: "again" } } };
    let deep: Record<string, unknown> = { name: "bottom" };
    for (let level = 0; level < 50; level += 1) deep = { child: deep };
    subject.deep = deep;
    const graph = buildCredentialGraph({ document: { credentialSubject: subject } });
    expect(graph.nodes.filter((candidate) => candidate.id === "urn:a")).toHaveLength(1);
    expect(edgeTexts(graph)).toContain("urn:b -knows-> urn:a");
    expect(Math.max(...graph.nodes.map((candidate) => candidate.depth))).toBeLessThanOrEqual(8);
  });

  it("gives an empty graph for anything that is not a JSON object", () => {
    for (const document of [null, "text", 42, [1, 2]]) expect(buildCredentialGraph({ document })).toEqual({ nodes: [], edges: [], omittedNodes: 0 });
  });
});
