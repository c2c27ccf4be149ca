import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { findConsents } from "@/lib/consent/find-consents";
import { getConsentAccessLog } from "@/lib/consent/get-consent-access-log";
import { ConsentCard } from "@/components/consent-card";
import { ConsentAccessLog } from "@/components/consent-access-log";
import { grantConsentAction, refuseConsentAction, withdrawConsentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consent"))("page.title") };
}

export const dynamic = "force-dynamic";

const ACTIONS = { grant: grantConsentAction, refuse: refuseConsentAction, withdraw: withdrawConsentAction };

export default async function ConsentPage() {
  const [actor, t] = await Promise.all([getSessionActor(), getTranslations("consent.page")]);
  if (!actor) redirect("/sign-in?next=/consent");
  const [consents, log] = await Promise.all([findConsents({ actor }), getConsentAccessLog({ actor })]);
  const ownIds = new Set(actor.memberships.map((membership) => membership.participantId));

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("heading")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
        {actor.memberships
          .filter((membership) => membership.role === "CITIZEN")
          .map((membership) => (
            <p key={membership.participantId} className="mt-2 text-sm">
              <Link href={`/organisation?org=${membership.participantSlug}`} className="text-brand-700 underline">
                {t("profileLink")}
              </Link>
            </p>
          ))}
      </div>
      <section aria-labelledby="requests-heading" className="flex flex-col gap-3">
        <h2 id="requests-heading" className="text-lg font-semibold">
          {t("requests")}
        </h2>
        {consents.items.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {consents.items.map((consent) => (
              <ConsentCard key={consent.id} consent={consent} actions={ACTIONS} decidingForSomeoneElse={!!consent.citizen && !ownIds.has(consent.citizen.id)} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="log-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="log-heading" className="text-lg font-semibold">
          {t("log")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("logIntro")}</p>
        <div className="mt-3">
          <ConsentAccessLog items={log.items} />
        </div>
      </section>
    </div>
  );
}
