// The heaviest kind of credential the document caps let through (lib/compute/check-document-caps.ts):
// just under the blank-node cap, every blank node alike and linked to its neighbours, so RDF dataset
// canonicalisation has to tell ~1,000 look-alike nodes apart. A proof with a resolvable did:key and a
// wrong signature makes the verifier canonicalise before it can fail.

const KEY = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

export function heavyCredential(options: { blankNodes?: number; seed?: string } = {}): Record<string, unknown> {
  const count = options.blankNodes ?? 990;
  const seed = options.seed ?? "flood";
  const nodes = Array.from({ length: count }, (_, index) => ({
    "https://example.org/vocab#kind": "same",
    "https://example.org/vocab#next": { "https://example.org/vocab#kind": index % 2 === 0 ? "same" : "alike" },
  }));
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    id: `urn:uuid:heavy-${seed}`,
    type: ["VerifiableCredential"],
    issuer: KEY,
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: { id: `urn:heavy:${seed}`, "https://example.org/vocab#part": nodes.slice(0, Math.floor(count / 2) - 2) },
    proof: {
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
      created: "2026-01-01T00:00:00Z",
      verificationMethod: `${KEY}#${KEY.slice("did:key:".length)}`,
      proofPurpose: "assertionMethod",
      proofValue: "z5VkQ8y1Bq5XnYAmRjtVKVLqZt6dHp7sJmJ1T2qXxN3DfJqPjKx3YhjY7cC9hYv4uC9ZzLw8J7Y6mQ2b8z1uF5t9",
    },
  };
}
