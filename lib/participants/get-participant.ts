import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export async function getParticipantBySlug(options: { slug: string }) {
  const participant = await db().participant.findUnique({ where: { slug: options.slug } });
  if (!participant) throw new AppError("NOT_FOUND", { message: `No participant "${options.slug}".` });
  return participant;
}
