import { describeOffer } from "@/lib/contracts/offers/describe-offer";
import type { PortalOffer } from "@/lib/contracts/offers/offer-model";
import { EVENT_WORDS, formatTime, stateWords } from "./contract-words";

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

/** A counter-offer's terms or a stated reason, when the event carries one. */
function detailOf(message: unknown): string | null {
  if (!message || typeof message !== "object") return null;
  const { reason, offer, delivered, error, status } = message as Json;
  if (delivered === false) return `Not delivered: ${typeof error === "string" ? error : "the connector did not answer"}.`;
  if (delivered === true) return `Delivered (HTTP ${String(status)}).`;
  if (typeof reason === "string" && reason) return `Reason: ${reason}`;
  if (offer && typeof offer === "object" && (message as Json).previousOfferId) return `New terms: ${describeOffer(offer as PortalOffer).join(" ")}`;
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
  const who = (participantId: string | null) => (participantId === provider?.id ? provider.name : participantId === consumer?.id ? consumer.name : "A citizen");
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="contract-timeline">
      {events.map((event) => {
        const detail = detailOf(event.message);
        const changed = event.fromState !== event.toState;
        return (
          <li key={event.id} data-testid="timeline-event">
            <p>
              <strong>{who(event.actorParticipantId)}</strong> {EVENT_WORDS[event.type] ?? event.type}
              {changed ? <> — now {stateWords(event.toState).toLowerCase()}</> : null}.
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={event.at}>{formatTime(event.at)}</time>
            </p>
            {detail ? <p className="text-slate-700">{detail}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
