import type { z } from "zod";

// The shape of one documented operation. Its own file so that the operation tables (contracts,
// federation) and the document builder that joins them depend on it, not on each other.

export type Method = "get" | "post" | "patch" | "delete";

export interface Operation {
  summary: string;
  auth: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  bodyTypes?: string[];
  pathParams?: string[];
  responses: Record<string, string>;
}
