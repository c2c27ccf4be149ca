import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { consentDeclarationOf } from "./consent-declaration";

/**
 * The hosted citizens (and trustee) whose consent a request for this entry needs. A declaration
 * naming someone this portal cannot ask is refused: the request could never be agreed.
 */
export async function resolveConsentParties(options: { claims: unknown }): Promise<{ citizenIds: string[]; trusteeId: string | null }> {
  const declaration = consentDeclarationOf(options.claims);
  if (!declaration.citizenDids.length) return { citizenIds: [], trusteeId: null };
  const citizens = await db().participant.findMany({ where: { did: { in: declaration.citizenDids }, kind: "CITIZEN" }, select: { id: true, did: true } });
  const missing = declaration.citizenDids.filter((did) => !citizens.some((citizen) => citizen.did === did));
  if (missing.length) {
    throw new AppError("UNPROCESSABLE", {
      message: `The entry holds consent-based data of citizens who do not take part in this portal (${missing.join(", ")}); their consent cannot be asked.`,
    });
  }
  const trustee = declaration.trusteeDid ? await db().participant.findUnique({ where: { did: declaration.trusteeDid }, select: { id: true } }) : null;
  if (declaration.trusteeDid && !trustee)
    throw new AppError("UNPROCESSABLE", { message: `The data trustee ${declaration.trusteeDid} does not take part in this portal.` });
  return { citizenIds: citizens.map((citizen) => citizen.id), trusteeId: trustee?.id ?? null };
}
