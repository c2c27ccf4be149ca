// Country and region codes as the reader names them ("DE" → "Deutschland" / "Germany"), from the
// browser's own Intl data, so no country list has to be kept in two languages.

/** The reader's name of a two-letter country code, or null when the text is not one the browser knows. */
export function countryName(code: string, locale: string): string | null {
  const trimmed = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(trimmed)) return null;
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(trimmed) ?? null;
  } catch {
    return null;
  }
}

/** The names of a comma-separated region list (EU, EEA or country codes); unknown entries are left out. */
export function regionNames(text: string, locale: string, eea: string): string[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((code) => (code.toUpperCase() === "EEA" ? eea : countryName(code, locale)))
    .filter((name): name is string => name !== null);
}
