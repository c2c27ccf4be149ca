import type { PortalOffer } from "./offer-model";
import { DLH, DUTIES, LEFT_OPERANDS, ODRL, PROHIBITED_ACTIONS, XSD_DURATION, type ActionTerm } from "@/lib/vocabulary";

// Serialises a portal offer as ODRL with "odrl:"-prefixed properties (the DSP context and the
// credential's inline context both define the prefix). Two styles of values: "dsp" writes IRIs as
// strings, as the Dataspace Protocol's context types them (and as DSP examples do); "json-ld" writes
// {"@id"} nodes, so that inside a credential they stay IRIs without the DSP context. Type-only
// imports of the model: the wizard's credential builder uses this file.

type OfferBody = Omit<PortalOffer, "target" | "assigner"> & { target?: string; assigner?: string };
type Json = Record<string, unknown>;
export type OdrlStyle = "dsp" | "json-ld";

function reference(style: OdrlStyle) {
  return (id: string): unknown => (style === "json-ld" ? { "@id": id } : id.startsWith(ODRL) ? `odrl:${id.slice(ODRL.length)}` : id);
}

export function offerConstraintsToOdrl(constraints: PortalOffer["permission"]["constraints"], style: OdrlStyle = "dsp"): Json[] {
  const iri = reference(style);
  const constraint = (leftOperand: string, operator: string, rightOperand: unknown): Json => ({
    "odrl:leftOperand": iri(leftOperand),
    "odrl:operator": iri(`${ODRL}${operator}`),
    "odrl:rightOperand": rightOperand,
  });
  const list: Json[] = [];
  if (constraints.purposes.length)
    list.push(
      constraint(
        LEFT_OPERANDS.purpose,
        "isAnyOf",
        constraints.purposes.map((purpose) => iri(`${DLH}${purpose}`)),
      ),
    );
  if (constraints.maxDurationDays !== null) {
    list.push(constraint(LEFT_OPERANDS.elapsedTime, "lteq", { "@value": `P${constraints.maxDurationDays}D`, "@type": XSD_DURATION }));
  }
  if (constraints.regions.length) list.push(constraint(LEFT_OPERANDS.spatial, "isAnyOf", constraints.regions));
  if (constraints.recipientTypes.length)
    list.push(
      constraint(
        LEFT_OPERANDS.recipientType,
        "isAnyOf",
        constraints.recipientTypes.map((type) => iri(`${DLH}${type}`)),
      ),
    );
  if (constraints.pseudonymisationRequired) list.push(constraint(LEFT_OPERANDS.pseudonymisationRequired, "eq", true));
  return list;
}

const actionIri = (table: readonly ActionTerm[], name: string) => table.find((term) => term.id === name)?.iri ?? name;

export function offerToOdrl(offer: OfferBody, options: { style?: OdrlStyle; type?: "odrl:Offer" | "odrl:Agreement"; extraConstraints?: Json[] } = {}): Json {
  const style = options.style ?? "dsp";
  const iri = reference(style);
  const constraints = [...offerConstraintsToOdrl(offer.permission.constraints, style), ...(options.extraConstraints ?? [])];
  return {
    "@id": offer.id,
    "@type": options.type ?? "odrl:Offer",
    ...(offer.assigner ? { "odrl:assigner": style === "dsp" ? offer.assigner : iri(offer.assigner) } : {}),
    ...(offer.target ? { "odrl:target": offer.target } : {}),
    "odrl:permission": [{ "odrl:action": iri(`${ODRL}use`), ...(constraints.length ? { "odrl:constraint": constraints } : {}) }],
    "odrl:prohibition": offer.prohibitions.map((action) => ({ "odrl:action": iri(actionIri(PROHIBITED_ACTIONS, action)) })),
    "odrl:obligation": offer.obligations.map((action) => ({ "odrl:action": iri(actionIri(DUTIES, action)) })),
  };
}

/** The offer a publish wizard writes into a credential subject (odrl:hasPolicy), JSON-LD style, id `<subject>#offer`. */
export function credentialOffer(options: {
  subjectId: string;
  constraints: PortalOffer["permission"]["constraints"];
  prohibitions?: OfferBody["prohibitions"];
  obligations?: OfferBody["obligations"];
}): Record<string, unknown> {
  return offerToOdrl(
    {
      id: `${options.subjectId}#offer`,
      permission: { action: "use", constraints: options.constraints },
      prohibitions: options.prohibitions ?? [],
      obligations: options.obligations ?? [],
    },
    { style: "json-ld" },
  ) as Record<string, unknown>;
}
