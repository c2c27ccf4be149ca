import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { buildDidDocument } from "./build-did-document";

export async function getHostedDidDocument(options: { slug: string }) {
  const participant = await db().participant.findUnique({
    where: { slug: options.slug },
    include: { keys: { orderBy: { createdAt: "asc" } } },
  });
  if (!participant) throw new AppError("NOT_FOUND", { message: `No participant "${options.slug}".` });
  return buildDidDocument({ did: participant.did, keys: participant.keys });
}
