import { z } from "zod";

export const consentIdParams = z.object({ id: z.string().min(1).max(100) });
export const consentReasonInput = z.object({ reason: z.string().trim().max(500).optional() });
