import "server-only";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { isCatalogueAdmin, type Actor } from "@/lib/auth/actor";

/** Signed-out people go to sign-in (and come back); signed-in non-admins get null, to show "not allowed". */
export async function requireAdminPage(path: string): Promise<Actor | null> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return isCatalogueAdmin(actor) ? actor : null;
}
