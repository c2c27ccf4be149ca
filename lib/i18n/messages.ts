import type { Locale } from "./locales";
import enCommon from "./messages/en/common.json";
import enLanding from "./messages/en/landing.json";
import enCatalogue from "./messages/en/catalogue.json";
import enEntry from "./messages/en/entry.json";
import enPublish from "./messages/en/publish.json";
import enAdmin from "./messages/en/admin.json";
import enOrganisation from "./messages/en/organisation.json";
import enContracts from "./messages/en/contracts.json";
import enConsent from "./messages/en/consent.json";
import enAuth from "./messages/en/auth.json";
import deCommon from "./messages/de/common.json";
import deLanding from "./messages/de/landing.json";
import deCatalogue from "./messages/de/catalogue.json";
import deEntry from "./messages/de/entry.json";
import dePublish from "./messages/de/publish.json";
import deAdmin from "./messages/de/admin.json";
import deOrganisation from "./messages/de/organisation.json";
import deContracts from "./messages/de/contracts.json";
import deConsent from "./messages/de/consent.json";
import deAuth from "./messages/de/auth.json";

// One JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json). English is
// the shape the type checker holds every `t(...)` call against; messages.test.ts holds German to the
// same keys and placeholders, so neither language can fall back on the other.

const en = {
  common: enCommon,
  landing: enLanding,
  catalogue: enCatalogue,
  entry: enEntry,
  publish: enPublish,
  admin: enAdmin,
  organisation: enOrganisation,
  contracts: enContracts,
  consent: enConsent,
  auth: enAuth,
};

export type Messages = typeof en;

const de: Messages = {
  common: deCommon,
  landing: deLanding,
  catalogue: deCatalogue,
  entry: deEntry,
  publish: dePublish,
  admin: deAdmin,
  organisation: deOrganisation,
  contracts: deContracts,
  consent: deConsent,
  auth: deAuth,
};

export const MESSAGES: Record<Locale, Messages> = { de, en };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
