import type { Locale } from "@/lib/vocabulary/label";

export type { Locale };

/** The portal's languages. German and English are both complete; neither is a fallback of the other. */
export const LOCALES = ["de", "en"] as const satisfies readonly Locale[];

/** Spoken when a reader's browser asks for neither language (a French researcher, a script without Accept-Language). */
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that keeps a reader's choice from the language switcher. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The cookie the browser sets with its own time zone, so dates show in the reader's local time. */
export const TIME_ZONE_COOKIE = "dataloft-tz";

/** Where the portal stands, used until the browser has told its own time zone. */
export const DEFAULT_TIME_ZONE = "Europe/Berlin";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
