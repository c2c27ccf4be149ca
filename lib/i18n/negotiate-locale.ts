import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

export interface LocaleHints {
  /** The reader's own choice (the language switcher's cookie); wins when it names a portal language. */
  cookie?: string | null;
  /** The browser's Accept-Language header (RFC 9110 §12.5.4). */
  acceptLanguage?: string | null;
}

interface Range {
  tag: string;
  q: number;
  order: number;
}

function rangesOf(header: string): Range[] {
  return header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((range) => range.tag !== "" && range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

/** The language to speak: the reader's choice, else the best Accept-Language match, else English. */
export function negotiateLocale({ cookie, acceptLanguage }: LocaleHints): Locale {
  if (isLocale(cookie)) return cookie;
  for (const { tag } of rangesOf(acceptLanguage ?? "")) {
    if (tag === "*") return DEFAULT_LOCALE;
    const primary = tag.split("-")[0];
    const match = LOCALES.find((locale) => locale === primary);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
