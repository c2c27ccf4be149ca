import { useFormatter, useLocale, useTranslations } from "next-intl";
import { describeOffer } from "@/lib/contracts/offers/describe-offer";
import type { PortalOffer } from "@/lib/contracts/offers/offer-model";
import type { Locale } from "@/lib/i18n/locales";
import { eventWords, stateWords } from "./contract-words";

interface TimelineEvent {
  id: string;
  type: string;
  fromState: string | null;
  toState: string;
  actorParticipantId: string | null;
  message: unknown;
  at: string;
}

type Json = Record<string, unknown>;
type Translate = ReturnType<typeof useTranslations<"contracts.timeline">>;

/** A counter-offer's terms or a stated reason, when the event carries one. */
function detailOf(message: unknown, t: Translate, locale: Locale): string | null {
  if (!message || typeof message !== "object") return null;
  const { reason, offer, delivered, error, status } = message as Json;
  if (delivered === false) return t("notDelivered", { error: typeof error === "string" ? error : t("noAnswer") });
  if (delivered === true) return t("delivered", { status: String(status) });
  if (typeof reason === "string" && reason) return t("reason", { reason });
  if (offer && typeof offer === "object" && (message as Json).previousOfferId)
    return t("newTerms", { terms: describeOffer(offer as PortalOffer, locale).join(" ") });
  return null;
}

/**
 * What happened, oldest first. Citizens are never named to the parties: "a citizen" granted or
 * withdrew consent is all they need to know.
 */
export function ContractTimeline({
  events,
  provider,
  consumer,
}: {
  events: TimelineEvent[];
  provider: { id: string; name: string } | null;
  consumer: { id: string; name: string } | null;
}) {
  const t = useTranslations("contracts.timeline");
  const format = useFormatter();
  const locale = useLocale();
  const who = (participantId: string | null) =>
    participantId === provider?.id ? provider.name : participantId === consumer?.id ? consumer.name : t("citizen");
  const now = (state: string) => (locale === "en" ? stateWords(state, locale).toLowerCase() : stateWords(state, locale));
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="contract-timeline">
      {events.map((event) => {
        const detail = detailOf(event.message, t, locale);
        const changed = event.fromState !== event.toState;
        return (
          <li key={event.id} data-testid="timeline-event">
            <p>
              <strong>{who(event.actorParticipantId)}</strong> {eventWords(event.type, locale)}
              {changed ? t("nowState", { state: now(event.toState) }) : null}.
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={event.at}>{format.dateTime(new Date(event.at), "moment")}</time>
            </p>
            {detail ? <p className="text-slate-700">{detail}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
