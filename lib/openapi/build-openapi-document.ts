import { z } from "zod";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { changesQuerySchema } from "@/lib/catalogue/list-changes";
import { claimsQuerySchema } from "@/lib/catalogue/claims-query";
import { uploadSchemaInput } from "@/lib/schemas/schema-input";
import { createApiTokenInput } from "@/lib/auth/create-api-token";
import { inviteMemberInput } from "@/lib/participants/invite-member";
import { addContextInput } from "@/lib/registry/add-json-ld-context";
import { pinDidInput } from "@/lib/registry/pin-did-document";
import { addTrustAnchorInput } from "@/lib/registry/add-trust-anchor";
import { CONTRACT_OPERATIONS } from "./contract-operations";
import { FEDERATION_OPERATIONS } from "./federation-operations";
import type { Method, Operation } from "./operation";

// OpenAPI 3.1 generated from the same zod schemas the handlers parse with, so the document cannot
// drift from what the API accepts.

const problem = { description: "Error (RFC 9457)", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };

function jsonSchema(schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

const OPERATIONS: Record<string, Partial<Record<Method, Operation>>> = {
  "/api/v1/self-descriptions": {
    get: {
      summary:
        "Search the catalogue (full text, facets, cursor pagination). Up to 1,000 matches the total and the facet counts are exact; past that they are estimated from a uniform sample of the catalogue and totalExact / facetsExact say so (the total is then at least 1,001). Relevance order puts entries whose title matches every word first, newest first within each group. With updatedSince (an ISO timestamp or the previous page's cursor; limit ≤ 200) it is instead the change feed peers harvest: this node's own entries ordered by last change, every status, each document as received",
      auth: false,
      query: searchQuerySchema.extend({ updatedSince: changesQuerySchema.shape.updatedSince.optional() }),
      responses: {
        "200":
          "{ items, nextCursor, total, totalExact, facets, facetsExact } — or, with updatedSince, { items: [{ hash, status, statusChangedAt, updatedAt, format, contentType, document }], cursor, hasMore }",
      },
    },
    post: {
      summary: "Publish a signed self-description (idempotent; Idempotency-Key supported)",
      auth: true,
      body: z.string(),
      bodyTypes: ["application/ld+json", "application/vc+jwt", "application/vp+jwt"],
      query: z.object({ onBehalf: z.enum(["true", "false"]).optional() }),
      responses: {
        "201": "Created; Location names the entry",
        "200": "The identical document was already published",
        "422": "Verification or validation failed (checks named)",
      },
    },
  },
  "/api/v1/self-descriptions/{hash}": {
    get: {
      summary: "An entry's metadata and results; Accept application/ld+json, application/vc+jwt or application/n-quads for the document",
      auth: false,
      pathParams: ["hash"],
      responses: { "200": "The entry" },
    },
  },
  "/api/v1/self-descriptions/{hash}/versions": {
    get: { summary: "The version chain of an entry, newest first", auth: false, pathParams: ["hash"], responses: { "200": "{ items }" } },
  },
  "/api/v1/self-descriptions/{hash}/revoke": {
    post: {
      summary: "Revoke an entry (terminal)",
      auth: true,
      pathParams: ["hash"],
      body: z.object({ reason: z.string().max(500).optional() }),
      responses: { "200": "The revoked entry" },
    },
  },
  "/api/v1/verification": {
    post: {
      summary: "Check a credential without storing it (rate-limited; no sign-in needed); each part can be switched off",
      auth: false,
      body: z.string(),
      bodyTypes: ["application/ld+json", "application/vc+jwt", "application/vp+jwt"],
      query: z.object({
        signatures: z.enum(["true", "false"]).optional(),
        schema: z.enum(["true", "false"]).optional(),
        rules: z.enum(["true", "false"]).optional(),
      }),
      responses: { "200": "{ verified, conforms, checks, verification, validation }" },
    },
  },
  "/api/v1/validation/lint": {
    post: {
      summary: "Validate an unsigned draft credential (Accept application/ld+json for a SHACL ValidationReport)",
      auth: false,
      body: z.object({ credential: z.record(z.string(), z.unknown()), related: z.array(z.record(z.string(), z.unknown())).optional() }),
      responses: { "200": "{ conforms, trustFramework, shapesUsed, results }" },
    },
  },
  "/api/v1/participants/{slug}/sign": {
    post: {
      summary: "Sign an unsigned credential with the organisation's portal-held key (nothing is stored)",
      auth: true,
      pathParams: ["slug"],
      query: z.object({ format: z.enum(["eddsa-rdfc-2022", "JsonWebSignature2020", "vc-jwt"]).optional() }),
      body: z.record(z.string(), z.unknown()),
      responses: { "200": "The signed credential (application/ld+json) or VC-JWT (application/vc+jwt)" },
    },
  },
  "/api/v1/query": {
    post: {
      summary: "Structured query over the claims (path, operator, value; and/or/not), bounded to 20 conditions and 2 s",
      auth: false,
      body: claimsQuerySchema,
      responses: { "200": "{ items, nextCursor }" },
    },
  },
  "/api/v1/catalog": {
    get: {
      summary: "The catalogue as DCAT-AP JSON-LD (health datasets with purposes, themes and pseudonymisation)",
      auth: false,
      responses: { "200": "dcat:Catalog" },
    },
  },
  "/dsp/catalog/request": {
    post: {
      summary: "Dataspace Protocol catalog request (dspace:CatalogRequestMessage); datasets carry ODRL offers",
      auth: false,
      body: z.object({ "@type": z.literal("dspace:CatalogRequestMessage") }).passthrough(),
      responses: { "200": "dcat:Catalog", "400": "dspace:CatalogError" },
    },
  },
  "/dsp/catalog/datasets/{id}": {
    get: {
      summary: "Dataspace Protocol dataset by id (the entry hash)",
      auth: false,
      pathParams: ["id"],
      responses: { "200": "dcat:Dataset", "404": "dspace:CatalogError" },
    },
  },
  "/api/v1/schemas": {
    get: { summary: "List uploaded shape schemas (catalogue admins)", auth: true, responses: { "200": "{ items }" } },
    post: {
      summary: "Upload shapes (Turtle or JSON-LD) as a new schema version extending a built-in profile; malformed input is refused with line and column",
      auth: true,
      body: uploadSchemaInput,
      responses: { "201": "The schema (DRAFT)" },
    },
  },
  "/api/v1/schemas/{id}/activate": {
    post: {
      summary: "Activate a schema and revalidate stored entries in the background",
      auth: true,
      pathParams: ["id"],
      responses: { "202": "{ schema, revalidationRunId }" },
    },
  },
  "/api/v1/schemas/{id}/retire": {
    post: {
      summary: "Retire a schema and revalidate stored entries in the background",
      auth: true,
      pathParams: ["id"],
      responses: { "202": "{ schema, revalidationRunId }" },
    },
  },
  "/api/v1/revalidations/{id}": { get: { summary: "Progress of a revalidation run", auth: true, pathParams: ["id"], responses: { "200": "The run" } } },
  "/api/v1/stats": { get: { summary: "Live catalogue figures", auth: false, responses: { "200": "Figures" } } },
  "/api/v1/me": { get: { summary: "Who the caller is and for whom they act", auth: true, responses: { "200": "The actor" } } },
  "/api/v1/participants/{slug}/tokens": {
    get: { summary: "List a participant's API tokens", auth: true, pathParams: ["slug"], responses: { "200": "{ items }" } },
    post: {
      summary: "Create an API token (the secret is returned once)",
      auth: true,
      pathParams: ["slug"],
      body: createApiTokenInput,
      responses: { "201": "The token with its secret" },
    },
  },
  "/api/v1/tokens/{id}": { delete: { summary: "Revoke an API token", auth: true, pathParams: ["id"], responses: { "200": "The revoked token" } } },
  "/api/v1/participants/{slug}/invitations": {
    post: {
      summary: "Invite a member (returns the one-time link)",
      auth: true,
      pathParams: ["slug"],
      body: inviteMemberInput,
      responses: { "201": "The invitation" },
    },
  },
  "/api/v1/admin/contexts": {
    get: { summary: "List operator contexts (catalogue admins)", auth: true, responses: { "200": "{ items }" } },
    post: {
      summary: "Pin a JSON-LD context under its exact URL (catalogue admins); a new version is a new URL",
      auth: true,
      body: addContextInput,
      responses: { "201": "The pinned context" },
    },
    delete: {
      summary: "Retire the operator context pinned under ?url= (catalogue admins)",
      auth: true,
      query: z.object({ url: z.string() }),
      responses: { "200": "The retired context" },
    },
  },
  "/api/v1/admin/dids": {
    get: { summary: "List pinned DID documents (catalogue admins)", auth: true, responses: { "200": "{ items }" } },
    post: { summary: "Pin a DID document (catalogue admins)", auth: true, body: pinDidInput, responses: { "201": "The pinned DID" } },
  },
  "/api/v1/admin/trust-anchors": {
    post: { summary: "Add a trust anchor certificate (catalogue admins)", auth: true, body: addTrustAnchorInput, responses: { "201": "The trust anchor" } },
  },
  "/participants/{slug}/did.json": {
    get: { summary: "did:web document of a participant hosted here", auth: false, pathParams: ["slug"], responses: { "200": "DID document" } },
  },
  ...CONTRACT_OPERATIONS,
  ...FEDERATION_OPERATIONS,
};

export function buildOpenApiDocument(options: { serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, operation] of Object.entries(methods) as [Method, Operation][]) {
      const parameters = [
        ...(operation.pathParams ?? []).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
        ...Object.entries((jsonSchema(operation.query ?? z.object({})).properties ?? {}) as Record<string, unknown>).map(([name, schema]) => ({
          name,
          in: "query",
          required: false,
          schema,
        })),
      ];
      const body = operation.body
        ? {
            required: true,
            content: Object.fromEntries((operation.bodyTypes ?? ["application/json"]).map((type) => [type, { schema: jsonSchema(operation.body!) }])),
          }
        : undefined;
      paths[path][method] = {
        summary: operation.summary,
        security: operation.auth ? [{ bearer: [] }] : [],
        parameters,
        ...(body ? { requestBody: body } : {}),
        responses: {
          ...Object.fromEntries(Object.entries(operation.responses).map(([code, description]) => [code, { description }])),
          "4XX": problem,
          "5XX": problem,
        },
      };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "dataLOFT Catalogue API",
      version: "1",
      description: "Federated catalogue of Gaia-X self-descriptions for a health data space. Errors are RFC 9457 problem+json with a stable `code`.",
    },
    servers: [{ url: options.serverUrl }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A participant's API token, or the operator's bootstrap token" } },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "code", "requestId"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string" },
            requestId: { type: "string" },
            instance: { type: "string" },
            invalid_params: { type: "array", items: { type: "object", properties: { name: { type: "string" }, reason: { type: "string" } } } },
          },
        },
      },
    },
  };
}
