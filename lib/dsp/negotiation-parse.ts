import { parseJsonStrictly } from "@/lib/catalogue/parse-json-strictly";
import { AppError } from "@/lib/errors/app-error";

// Dataspace Protocol (2024-1) contract negotiation messages sent to the provider. Properties are
// read with or without the dspace: prefix (2024-1 examples use it, 2025-1 drops it); anything
// malformed is an AppError that the DSP routes answer with a 400 ContractNegotiationError.

type Json = Record<string, unknown>;

function invalid(reason: string): never {
  throw new AppError("BAD_REQUEST", { message: reason });
}

function field(message: Json, name: string): unknown {
  return message[`dspace:${name}`] ?? message[name] ?? message[`https://w3id.org/dspace/v0.8/${name}`];
}

function pid(message: Json, name: "consumerPid" | "providerPid", required: boolean): string | null {
  const value = field(message, name);
  const text = value && typeof value === "object" ? (value as Json)["@id"] : value;
  if (text === undefined || text === null) return required ? invalid(`dspace:${name} is required.`) : null;
  if (typeof text !== "string" || !text.trim() || text.length > 500) invalid(`dspace:${name} must be a non-empty string.`);
  return text;
}

/** The JSON object of a message of the given type, or a 400 naming what is wrong. */
export function parseNegotiationMessage(text: string, type: string): Json {
  let message: unknown;
  try {
    message = parseJsonStrictly(text || "");
  } catch (error) {
    invalid(error instanceof AppError ? error.message : "The body is not JSON.");
  }
  if (!message || typeof message !== "object" || Array.isArray(message)) invalid("The message must be a JSON object.");
  const body = message as Json;
  const declared = body["@type"] ?? body.type;
  if (typeof declared !== "string" || declared.replace(/^dspace:|^https:\/\/w3id\.org\/dspace\/v0\.8\//, "") !== type) invalid(`Expected a dspace:${type}.`);
  return body;
}

export interface ContractRequestMessage {
  consumerPid: string;
  /** Present on a counter-request within an existing negotiation. */
  providerPid: string | null;
  offer: Json;
  callbackAddress: string | null;
}

export function parseContractRequestMessage(text: string): ContractRequestMessage {
  const message = parseNegotiationMessage(text, "ContractRequestMessage");
  const offer = field(message, "offer");
  if (!offer || typeof offer !== "object" || Array.isArray(offer)) invalid("dspace:offer must be an ODRL offer object.");
  const providerPid = pid(message, "providerPid", false);
  const callback = field(message, "callbackAddress");
  if (callback !== undefined && (typeof callback !== "string" || !/^https?:\/\/\S+$/.test(callback))) invalid("dspace:callbackAddress must be an http(s) URL.");
  if (!providerPid && callback === undefined) invalid("dspace:callbackAddress is required on an initial contract request.");
  return { consumerPid: pid(message, "consumerPid", true)!, providerPid, offer: offer as Json, callbackAddress: (callback as string | undefined) ?? null };
}

export interface NegotiationEventMessage {
  consumerPid: string;
  providerPid: string;
  eventType: "ACCEPTED" | "FINALIZED";
}

export function parseNegotiationEventMessage(text: string): NegotiationEventMessage {
  const message = parseNegotiationMessage(text, "ContractNegotiationEventMessage");
  const eventType = String(field(message, "eventType") ?? "").replace(/^dspace:/, "");
  if (eventType !== "ACCEPTED" && eventType !== "FINALIZED") invalid("dspace:eventType must be dspace:ACCEPTED or dspace:FINALIZED.");
  return { consumerPid: pid(message, "consumerPid", true)!, providerPid: pid(message, "providerPid", true)!, eventType };
}

export function parseAgreementVerificationMessage(text: string): { consumerPid: string; providerPid: string } {
  const message = parseNegotiationMessage(text, "ContractAgreementVerificationMessage");
  return { consumerPid: pid(message, "consumerPid", true)!, providerPid: pid(message, "providerPid", true)! };
}

export function parseTerminationMessage(text: string): { consumerPid: string; providerPid: string; code: string | null; reason: string | null } {
  const message = parseNegotiationMessage(text, "ContractNegotiationTerminationMessage");
  const code = field(message, "code");
  const reasons = [field(message, "reason")]
    .flat()
    .map((reason) => (reason && typeof reason === "object" ? (reason as Json)["@value"] : reason))
    .filter((reason): reason is string => typeof reason === "string");
  return {
    consumerPid: pid(message, "consumerPid", true)!,
    providerPid: pid(message, "providerPid", true)!,
    code: typeof code === "string" ? code.slice(0, 100) : null,
    reason: reasons.join("; ").slice(0, 500) || null,
  };
}
