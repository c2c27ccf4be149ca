import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";

export const metadata: Metadata = { title: "Contracts" };

export default async function ContractsPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/contracts");
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">Contracts</h1>
      <p className="mt-2 text-slate-700">
        Contract requests and agreements for your organisation will be listed here. Negotiation is not open
        yet in this version of the portal.
      </p>
    </div>
  );
}
