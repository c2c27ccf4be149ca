import type { Locale } from "./locales";

// Date and number formats by name. The names are the same in both languages, the shapes differ:
// German readers expect "01.12.2026, 22:52"; English dates name the month ("Dec 1, 2026, 22:52"), which
// readers on both sides of the Atlantic read the same way — a numeric English date would not be. Browser-safe.

const de = {
  dateTime: {
    /** A moment: day, month, year, hours and minutes. */
    moment: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" },
    /** A day. */
    day: { day: "2-digit", month: "2-digit", year: "numeric" },
    /** A day in words, for sentences. */
    longDay: { day: "numeric", month: "long", year: "numeric" },
  },
  number: {
    integer: { maximumFractionDigits: 0 },
  },
} as const;

const en = {
  dateTime: {
    moment: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
    day: { day: "numeric", month: "short", year: "numeric" },
    longDay: { day: "numeric", month: "long", year: "numeric" },
  },
  number: {
    integer: { maximumFractionDigits: 0 },
  },
} as const;

export type Formats = typeof de;

export const FORMATS: Record<Locale, Formats> = { de, en: en as unknown as Formats };
