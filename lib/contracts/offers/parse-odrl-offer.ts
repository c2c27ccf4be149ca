import { AppError } from "@/lib/errors/app-error";
import { portalOffer, type PortalOffer } from "./offer-model";
import { localName } from "@/lib/vocabulary";

// Reads an ODRL offer as the portal writes it, or as another connector may send it (prefixed,
// unprefixed or full-IRI properties; string, @id or @value values). What the portal cannot enforce
// (other actions, unknown constraints, nested logical constraints) is refused, naming it.

type Json = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** Every value of the properties whose local name is `name`. */
function values(node: Json, name: string): unknown[] {
  return Object.entries(node).flatMap(([key, value]) => (!key.startsWith("@") && localName(key) === name ? asArray(value) : []));
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value && typeof value === "object") {
    const node = value as Json;
    const inner = node["@id"] ?? node.id ?? node["@value"];
    return typeof inner === "string" || typeof inner === "number" || typeof inner === "boolean" ? String(inner) : null;
  }
  return null;
}

const nodes = (node: Json, name: string) => values(node, name).filter((value): value is Json => !!value && typeof value === "object" && !Array.isArray(value));
const names = (node: Json, name: string) =>
  values(node, name)
    .map(text)
    .filter((value): value is string => value !== null);

function invalid(reason: string): never {
  throw new AppError("INVALID_INPUT", { message: `Unsupported offer: ${reason}`, invalidParams: [{ name: "offer", reason }] });
}

/** Days of an ISO 8601 duration in days (P30D), weeks (P4W) or a bare number of days. */
export function parseDurationDays(value: string): number | null {
  const match = /^P(\d{1,5})([DW])$/.exec(value.trim()) ?? /^(\d{1,5})()$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * (match[2] === "W" ? 7 : 1);
}

function readConstraints(permission: Json) {
  const constraints: Record<string, unknown> = {};
  for (const item of nodes(permission, "constraint")) {
    if (Object.keys(item).some((key) => ["and", "or", "xone", "andSequence"].includes(localName(key))))
      invalid("logical constraints (and/or/xone) are not supported");
    const left = localName(names(item, "leftOperand")[0] ?? "");
    const operator = localName(names(item, "operator")[0] ?? "");
    const right = names(item, "rightOperand");
    const check = (allowed: string[]) => allowed.includes(operator) || invalid(`operator "${operator}" is not supported for ${left}`);
    switch (left) {
      case "purpose":
        check(["isAnyOf", "eq", "isA", "isPartOf"]);
        constraints.purposes = right.map(localName);
        break;
      case "elapsedTime": {
        check(["lteq", "lt", "eq"]);
        const days = parseDurationDays(right[0] ?? "");
        if (days === null) invalid("elapsedTime must be a duration in days, such as P365D");
        constraints.maxDurationDays = days;
        break;
      }
      case "spatial":
        check(["isAnyOf", "eq", "isPartOf"]);
        constraints.regions = right.map(localName);
        break;
      case "recipientType":
        check(["isAnyOf", "eq", "isA"]);
        constraints.recipientTypes = right.map(localName);
        break;
      case "pseudonymisationRequired":
        check(["eq"]);
        constraints.pseudonymisationRequired = right[0] === "true";
        break;
      case "dateTime":
        // The agreement's own validity window; an offer does not fix it.
        break;
      default:
        invalid(`constraint "${left || "(none)"}" is not supported`);
    }
  }
  return constraints;
}

export interface ParsedOdrlOffer {
  offer: PortalOffer;
  /** The offer's own @id and odrl:target as sent (null when absent). */
  declaredId: string | null;
  declaredTarget: string | null;
}

export function parseOdrlOffer(input: unknown, options: { target: string; assigner: string; fallbackId: string }): ParsedOdrlOffer {
  if (!input || typeof input !== "object" || Array.isArray(input)) invalid("the offer must be a JSON object");
  const node = input as Json;
  const permissions = nodes(node, "permission");
  if (permissions.length !== 1) invalid("exactly one permission is supported");
  const permission = permissions[0]!;
  const action = localName(names(permission, "action")[0] ?? "use");
  if (action !== "use") invalid(`the permitted action must be "use", not "${action}"`);
  const declaredId = text(node["@id"] ?? node.id ?? node.uid ?? null);
  const parsed = portalOffer.safeParse({
    id: declaredId ?? options.fallbackId,
    target: options.target,
    assigner: options.assigner,
    permission: { action: "use", constraints: readConstraints(permission) },
    prohibitions: nodes(node, "prohibition").map((rule) => localName(names(rule, "action")[0] ?? "")),
    obligations: [...nodes(node, "obligation"), ...nodes(permission, "duty")].map((rule) => localName(names(rule, "action")[0] ?? "")),
  });
  if (!parsed.success) invalid(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  return { offer: parsed.data, declaredId, declaredTarget: names(node, "target")[0] ?? null };
}
