import { DUTIES, PROHIBITED_ACTIONS, RECIPIENT_TYPES, type Term } from "@/lib/vocabulary";

// DEPRECATED: a bridge for lib/catalogue's credential builders (build-health-dataset-credential.ts,
// build-service-offering-credential.ts), which take the old [id, …] tuples. Everything else reads
// lib/vocabulary. Delete this file once those builders import lib/vocabulary (RECIPIENT_TYPE_IDS,
// PROHIBITED_ACTION_IDS, DUTY_IDS, REGION_PATTERN).

const asIdTuples = <const T extends readonly Term[]>(terms: T) => terms.map((term) => [term.id] as const) as readonly (readonly [T[number]["id"]])[];

/** @deprecated use RECIPIENT_TYPE_IDS from lib/vocabulary */
export const LEGACY_RECIPIENT_TYPES = asIdTuples(RECIPIENT_TYPES);
/** @deprecated use PROHIBITED_ACTION_IDS from lib/vocabulary */
export const LEGACY_PROHIBITED_ACTIONS = asIdTuples(PROHIBITED_ACTIONS);
/** @deprecated use DUTY_IDS from lib/vocabulary */
export const LEGACY_DUTIES = asIdTuples(DUTIES);

export { LEGACY_DUTIES as DUTIES, LEGACY_PROHIBITED_ACTIONS as PROHIBITED_ACTIONS, LEGACY_RECIPIENT_TYPES as RECIPIENT_TYPES };
export { REGION_PATTERN } from "@/lib/vocabulary";
