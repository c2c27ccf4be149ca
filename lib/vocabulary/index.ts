// lib/vocabulary — the one place for the controlled terms of the health data space, with English and
// German labels. Browser-safe: pure data, no imports outside this folder (the dependency lint checks
// it), so forms, server code and the DSP serialisers all read the same lists.

export { idsOf, labelOf, type Label, type Locale, type Term } from "./label";
export { DLH, ODRL, XSD_DURATION, localName } from "./namespaces";
export { EHDS_PURPOSES, PURPOSE_IDS, type PurposeId, type PurposeTerm } from "./ehds-purposes";
export { DEFAULT_PSEUDONYMISATION_LEVEL, PSEUDONYMISATION_LEVELS, PSEUDONYMISATION_LEVEL_IDS, type PseudonymisationLevel } from "./pseudonymisation-levels";
export {
  DUTIES,
  DUTY_IDS,
  EEA_COUNTRIES,
  EU_COUNTRIES,
  LEFT_OPERANDS,
  PROHIBITED_ACTIONS,
  PROHIBITED_ACTION_IDS,
  RECIPIENT_TYPES,
  RECIPIENT_TYPE_IDS,
  REGION_PATTERN,
  type ActionTerm,
} from "./offer-terms";
