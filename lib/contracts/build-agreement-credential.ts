import type { JsonObject } from "@/lib/credentials/types";
import { offerToOdrl } from "./offers/odrl-offer";
import type { PortalOffer } from "./offers/offer-model";
import { LEFT_OPERANDS, ODRL } from "@/lib/vocabulary";

// The agreement as an unsigned Verifiable Credential: an ODRL Agreement between the provider
// (assigner, the issuer) and the consumer (assignee) for one entry, permitting use for the agreed
// purpose and duration within the offer's other constraints, valid from its start to its end.

const XSD_DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";
const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export interface AgreementTerms {
  agreementId: string;
  providerDid: string;
  consumerDid: string;
  /** An IRI for the entry (its catalogue page). */
  target: string;
  offer: PortalOffer;
  purpose: string;
  durationDays: number;
  start: Date;
}

export function agreementWindow(terms: { start: Date; durationDays: number }) {
  return { start: iso(terms.start), end: iso(new Date(terms.start.getTime() + terms.durationDays * DAY_MS)) };
}

export function buildAgreementCredential(terms: AgreementTerms): JsonObject {
  const { start, end } = agreementWindow(terms);
  const agreed: PortalOffer = {
    ...terms.offer,
    id: terms.agreementId,
    permission: {
      action: "use",
      constraints: { ...terms.offer.permission.constraints, purposes: [terms.purpose as never], maxDurationDays: terms.durationDays },
    },
  };
  const window = [
    {
      "odrl:leftOperand": { "@id": LEFT_OPERANDS.dateTime },
      "odrl:operator": { "@id": `${ODRL}gteq` },
      "odrl:rightOperand": { "@value": start, "@type": XSD_DATE_TIME },
    },
    {
      "odrl:leftOperand": { "@id": LEFT_OPERANDS.dateTime },
      "odrl:operator": { "@id": `${ODRL}lt` },
      "odrl:rightOperand": { "@value": end, "@type": XSD_DATE_TIME },
    },
  ];
  const {
    "@id": _id,
    "@type": type,
    ...policy
  } = offerToOdrl({ ...agreed, target: undefined, assigner: undefined }, { style: "json-ld", type: "odrl:Agreement", extraConstraints: window });
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", { odrl: ODRL }, "https://w3id.org/dataloft/health/v1"],
    id: terms.agreementId,
    type: ["VerifiableCredential", "dlh:ContractAgreementCredential"],
    validFrom: start,
    validUntil: end,
    credentialSubject: {
      id: terms.agreementId,
      type,
      "odrl:assigner": { id: terms.providerDid },
      "odrl:assignee": { id: terms.consumerDid },
      "odrl:target": { id: terms.target },
      ...policy,
      purposeOfUse: [terms.purpose],
    },
  };
}
