import type { Locale } from "@/lib/i18n/locales";
import { purposeWords, stateWords } from "@/components/contract-words";

// The English messages lib/ throws (zod messages, AppError messages, invalid-param reasons) as keys
// of the message files, so a form answers in the reader's language. lib/ stays free of next-intl;
// a message not listed here is shown as lib wrote it to English readers and by its status to others.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

interface Context {
  t: Translate;
  locale: Locale;
}

interface Known {
  pattern: RegExp;
  key: string;
  values?: (match: RegExpMatchArray, context: Context) => Record<string, string | number>;
}

const exact = (message: string, key: string): Known => ({ pattern: new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`), key });

const KNOWN: Known[] = [
  exact("Enter the legal name", "auth.errors.lib.legalName"),
  exact("Use a two-letter country code such as DE", "auth.errors.lib.countryCode"),
  exact("Enter your name", "auth.errors.lib.name"),
  exact("Enter a valid e-mail address", "auth.errors.lib.email"),
  exact("Use at least 12 characters", "auth.errors.lib.password"),
  exact("An account with this e-mail address already exists.", "auth.errors.lib.accountExists"),
  exact("already registered", "auth.errors.lib.alreadyRegistered"),
  exact("Choose a more specific name: too many participants share this one.", "auth.errors.lib.nameTaken"),
  exact("This invitation is unknown, used or expired.", "auth.errors.lib.invitationInvalid"),
  exact("An account with this e-mail exists: enter its password to join.", "auth.errors.lib.invitationExistingAccount"),
  exact("does not match the existing account", "auth.errors.lib.passwordMismatch"),
  exact("This invitation was just used.", "auth.errors.lib.invitationUsed"),
  exact("Sign in or send a Bearer token.", "auth.errors.lib.unauthenticated"),
  exact("Only an administrator of this organisation may do this.", "auth.errors.lib.adminOnly"),
  exact("You do not act for this organisation.", "auth.errors.lib.notMember"),
  exact("Only catalogue administrators may do this.", "auth.errors.lib.catalogueAdminOnly"),
  exact("Give the token a name", "organisation.errors.tokenName"),
  exact("No such participant.", "organisation.errors.noParticipant"),
  { pattern: /^No participant "(.*)"\.$/, key: "organisation.errors.noParticipantSlug", values: (m) => ({ slug: m[1]! }) },
  exact("Send only the public key as a P-256 or Ed25519 JWK (no private member `d`).", "organisation.errors.publicKeyOnly"),
  exact("No such API token.", "organisation.errors.noToken"),
  exact("No such contract.", "contracts.errors.noSuchContract"),
  exact("A counter-offer must still permit the requested purpose; terminate the negotiation to refuse it.", "contracts.errors.counterOfferPurpose"),
  { pattern: /^must include (\S+)$/, key: "contracts.errors.mustIncludePurpose", values: (m, c) => ({ purpose: purposeWords(m[1]!, c.locale) }) },
  exact("The request asks for more than the offer permits.", "contracts.errors.moreThanOffer"),
  {
    pattern: /^The offer permits only (.*)\.$/,
    key: "contracts.errors.offerPurposes",
    values: (m, c) => ({
      purposes: m[1]!
        .split(", ")
        .map((purpose) => purposeWords(purpose, c.locale))
        .join(", "),
    }),
  },
  { pattern: /^The offer permits at most (\d+) days\.$/, key: "contracts.errors.offerMaxDays", values: (m) => ({ days: Number(m[1]) }) },
  exact("There is no agreement to verify yet.", "contracts.errors.nothingToVerify"),
  { pattern: /^The agreement credential does not verify: (.*)$/, key: "contracts.errors.doesNotVerify", values: (m) => ({ errors: m[1]! }) },
  exact("The contract has no consumer registered here to agree with.", "contracts.errors.noConsumer"),
  {
    pattern: /^The contract changed meanwhile: it is now (\w+)\. Reload it and try again\.$/,
    key: "contracts.errors.changedMeanwhile",
    values: (m, c) => ({ state: stateWords(m[1]!, c.locale) }),
  },
  { pattern: /^The (provider|consumer|citizen) cannot .+: only the .+ can\.$/, key: "contracts.errors.wrongRole", values: (m) => ({ role: m[1]! }) },
  { pattern: /^Cannot .+ before a negotiation exists; possible from .+\.$/, key: "contracts.errors.noNegotiation" },
  { pattern: /^Cannot .+ in state (\w+); possible from .+\.$/, key: "contracts.errors.wrongState", values: (m, c) => ({ state: stateWords(m[1]!, c.locale) }) },
  exact("Use EU, EEA or a two-letter country code", "contracts.errors.region"),
  {
    pattern: /^The agreement needs the consent of every citizen whose data the entry holds; not yet granted: (.*)\.$/,
    key: "consent.errors.consentsMissing",
    values: (m, c) => ({
      summary: m[1]!
        .split(", ")
        .map((part) => part.split(" "))
        .map(([count, status]) => c.t("consent.errors.statusCount", { count: Number(count), status: (status ?? "").toUpperCase() }))
        .join(", "),
    }),
  },
  exact("No such consent.", "consent.errors.noSuchConsent"),
  { pattern: /^The consent is (\w+); only a \w+ consent can be \w+\.$/, key: "consent.errors.alreadyDecided", values: (m) => ({ status: m[1]! }) },
  exact("The request was terminated; there is nothing left to consent to.", "consent.errors.requestTerminated"),
  {
    pattern: /^The entry holds consent-based data of citizens who do not take part in this portal \((.*)\); their consent cannot be asked\.$/,
    key: "consent.errors.citizensMissing",
    values: (m) => ({ dids: m[1]! }),
  },
  { pattern: /^The data trustee (\S+) does not take part in this portal\.$/, key: "consent.errors.trusteeMissing", values: (m) => ({ did: m[1]! }) },
];

/** A message lib/ wrote in English, in the reader's language; undefined when it is not a known one. */
export function libMessageWords(message: string, context: Context): string | undefined {
  for (const known of KNOWN) {
    const match = message.match(known.pattern);
    if (match) return context.t(known.key, known.values?.(match, context));
  }
  return undefined;
}

/** An AppError's status in words, for a message no table knows. */
export function statusWords(status: number, t: Translate): string {
  if (status === 401) return t("auth.errors.status.unauthenticated");
  if (status === 403) return t("auth.errors.status.forbidden");
  if (status === 404) return t("auth.errors.status.notFound");
  if (status === 409) return t("auth.errors.status.conflict");
  return t("auth.errors.status.invalid");
}

/** A zod issue lib did not name in words ("Too small: expected string to have >=2 characters"). */
export function issueWords(
  issue: { code: string; origin?: unknown; minimum?: unknown; maximum?: unknown; format?: unknown; input?: unknown },
  t: Translate,
): string {
  const text = issue.origin === "string";
  if (issue.code === "too_small") return t(text ? "auth.errors.issue.tooShort" : "auth.errors.issue.tooSmall", { minimum: Number(issue.minimum) });
  if (issue.code === "too_big") return t(text ? "auth.errors.issue.tooLong" : "auth.errors.issue.tooBig", { maximum: Number(issue.maximum) });
  if (issue.code === "invalid_format" && issue.format === "email") return t("auth.errors.issue.email");
  if (issue.code === "invalid_type" && issue.input === undefined) return t("auth.errors.issue.required");
  if (issue.code === "invalid_value") return t("auth.errors.issue.choice");
  return t("auth.errors.issue.invalid");
}
