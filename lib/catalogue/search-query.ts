import { z } from "zod";

// The search contract shared by GET /api/v1/self-descriptions and the catalogue page.

const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(300)).max(20));

export const searchQuerySchema = z.object({
  q: z.string().trim().max(300).optional(),
  type: csv.optional(),
  issuer: z.string().max(500).optional(),
  provider: z.string().max(500).optional(),
  status: z.enum(["active", "deprecated", "revoked", "eol", "all"]).default("active"),
  trustFramework: z.string().max(50).optional(),
  purpose: csv.optional(),
  theme: csv.optional(),
  pseudonymisation: z.string().max(200).optional(),
  accessRights: z.string().max(200).optional(),
  licence: z.string().max(500).optional(),
  /** LOCAL: published on this node; PEER: harvested from federation peers. */
  origin: z.enum(["LOCAL", "PEER"]).optional(),
  /** Entries harvested from this peer (its id). */
  peer: z.string().max(64).optional(),
  sort: z.enum(["relevance", "newest", "oldest", "title"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
