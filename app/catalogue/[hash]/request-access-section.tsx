import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/app/_lib/current-actor";
import { getEntryOffers } from "@/lib/contracts/offers/get-entry-offers";
import { describeOffer } from "@/lib/contracts/offers/describe-offer";
import { MAX_DURATION_DAYS } from "@/lib/contracts/offers/offer-model";
import { ACTING_ROLES } from "@/lib/contracts/contract-role";
import { consentDeclarationOf } from "@/lib/consent/consent-declaration";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { OfferTerms } from "@/components/offer-terms";
import { RequestAccessForm, type RequestableOffer } from "@/components/request-access-form";
import { EHDS_PURPOSES, type Locale } from "@/lib/vocabulary";
import { requestAccessAction } from "./actions";

const REQUESTABLE = /Dataset|DataResource|ServiceOffering/i;

/** The organisations the actor may request for, and whether one of them provides the entry. */
async function requesterOptions(actor: Actor, entry: { issuerDid: string; publishedById: string | null }) {
  const memberships = actor.memberships.filter((membership) => ACTING_ROLES.includes(membership.role));
  const participants = await Promise.all(memberships.map((membership) => getParticipantBySlug({ slug: membership.participantSlug })));
  const isProvider = (participant: { id: string; did: string }) => participant.did === entry.issuerDid || participant.id === entry.publishedById;
  return {
    providesEntry: participants.some(isProvider),
    organisations: participants.filter((participant) => !isProvider(participant)).map((participant) => ({ id: participant.id, name: participant.legalName })),
  };
}

/** [id, words] of the purposes an offer permits (every purpose when it names none), in the reader's language. */
function purposeOptions(allowed: readonly string[], locale: Locale): (readonly [string, string])[] {
  return EHDS_PURPOSES.filter(({ id }) => !allowed.length || allowed.includes(id)).map(({ id, label }) => [id, label[locale]] as const);
}

/** "Request access" on a dataset's or service's page: its offers in words and, for other organisations, the request form. */
export async function RequestAccessSection({ hash, types }: { hash: string; types: string[] }) {
  if (!types.some((type) => REQUESTABLE.test(type))) return null;
  const { entry, offers } = await getEntryOffers({ hash });
  if (entry.status !== "ACTIVE") return null;
  const [actor, t, locale] = await Promise.all([getSessionActor(), getTranslations("entry.request"), getLocale()]);
  const requester = actor ? await requesterOptions(actor, entry) : null;
  const consentBased = consentDeclarationOf(entry.claims).citizenDids.length > 0;
  const requestable: RequestableOffer[] = offers.map((offer, index) => ({
    id: offer.id,
    label: t("offerOption", { number: index + 1, terms: describeOffer(offer, locale)[0]! }),
    purposes: purposeOptions(offer.permission.constraints.purposes, locale),
    maxDurationDays: offer.permission.constraints.maxDurationDays ?? MAX_DURATION_DAYS,
  }));

  return (
    <section aria-labelledby="request-access-heading" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="request-access">
      <h2 id="request-access-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {offers.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("noOffer")}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {offers.map((offer, index) => (
            <li key={offer.id}>
              <h3 className="text-sm font-semibold">{t("offer", { number: index + 1 })}</h3>
              <OfferTerms lines={describeOffer(offer, locale)} testId="offer-terms" />
            </li>
          ))}
        </ol>
      )}
      {consentBased ? (
        <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="consent-based-notice">
          {t("consentNotice")}
        </p>
      ) : null}
      <div className="mt-4">
        {offers.length === 0 ? null : !actor ? (
          <p className="text-sm">
            {t.rich("signIn", {
              link: (chunks) => (
                <Link href={`/sign-in?next=/catalogue/${hash}`} className="font-medium text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : requester?.providesEntry ? (
          <p className="text-sm text-slate-700">
            {t.rich("providesEntry", {
              link: (chunks) => (
                <Link href="/contracts" className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : requester?.organisations.length ? (
          <RequestAccessForm action={requestAccessAction} hash={hash} offers={requestable} organisations={requester.organisations} />
        ) : (
          <p className="text-sm text-slate-700">{t("noOrganisation")}</p>
        )}
      </div>
    </section>
  );
}
