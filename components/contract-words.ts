import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { EHDS_PURPOSES, labelOf } from "@/lib/vocabulary";

// Contract states, moves and timeline events in words, in the reader's language, for the contract
// pages and the citizen's consent page (lib/i18n/messages/<locale>/contracts.json). The enum names
// never reach the screen. Plain functions with a locale, so server actions can use them too.

function contractsTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "contracts" });
}

function known<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

export function stateWords(state: string, locale: Locale): string {
  return known(messagesFor(locale).contracts.states, state) ? contractsTranslator(locale)(`states.${state}`) : state.toLowerCase();
}

/** What the state means for the parties, one sentence. */
export function stateExplanation(state: string, locale: Locale): string {
  return known(messagesFor(locale).contracts.explanations, state) ? contractsTranslator(locale)(`explanations.${state}`) : "";
}

export function actionWords(action: string, locale: Locale): string {
  return known(messagesFor(locale).contracts.actions, action) ? contractsTranslator(locale)(`actions.${action}`) : action;
}

/** A timeline event: what the party (or a citizen) did. */
export function eventWords(type: string, locale: Locale): string {
  const t = contractsTranslator(locale);
  const [group, name = ""] = type.split(".");
  const events = messagesFor(locale).contracts.events;
  if (group === "consent" && known(events.consent, name)) return t(`events.consent.${name}`);
  if (group === "callback" && known(events.callback, name)) return t(`events.callback.${name}`);
  if (known(events.party, type)) return t(`events.party.${type}`);
  return type;
}

export function consentStatusWords(status: string, locale: Locale): string {
  const statuses = messagesFor(locale).consent.status;
  return known(statuses, status) ? createTranslator({ locale, messages: messagesFor(locale), namespace: "consent" })(`status.${status}`) : status;
}

export function purposeWords(purpose: string, locale: Locale): string {
  return labelOf(EHDS_PURPOSES, purpose, locale);
}

/** [id, words] of the purposes an offer permits (all the catalogue knows when it names none). */
export function purposeOptions(allowed: readonly string[], locale: Locale = "en"): (readonly [string, string])[] {
  return EHDS_PURPOSES.filter(({ id }) => !allowed.length || allowed.includes(id)).map(({ id, label }) => [id, label[locale]] as const);
}

export function durationWords(days: number | null, locale: Locale): string {
  const t = contractsTranslator(locale);
  return days === null ? t("duration.none") : t("duration.days", { days });
}

/** The next step for the viewer, in words: their own moves (termination aside), else whom they wait for. */
export function nextStepWords(contract: { state: string; roles: string[]; nextActions: Partial<Record<string, string[]>> }, locale: Locale): string {
  const t = contractsTranslator(locale);
  const own = contract.roles.flatMap((role) => contract.nextActions[role] ?? []).filter((action) => action !== "terminate");
  if (own.length) return new Intl.ListFormat(locale, { type: "disjunction" }).format([...new Set(own)].map((action) => actionWords(action, locale)));
  if (contract.state === "FINALIZED" || contract.state === "TERMINATED") return t("nextStep.nothing");
  return contract.roles.includes("provider") ? t("nextStep.waitingForConsumer") : t("nextStep.waitingForProvider");
}
