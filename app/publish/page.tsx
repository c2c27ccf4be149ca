import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";

export const metadata: Metadata = { title: "Publish" };

export default async function PublishPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/publish");
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">Publish a self-description</h1>
      <p className="mt-2 text-slate-700">
        Publishing is not open yet in this version of the portal: the signing, verification and validation
        pipeline is being connected. Machines will publish through <code>POST /api/v1/self-descriptions</code> with
        an API token from your organisation page.
      </p>
    </div>
  );
}
