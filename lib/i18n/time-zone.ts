/** `candidate` when it names an IANA time zone this runtime knows, else `fallback`. */
export function timeZoneOr(candidate: string | undefined | null, fallback: string): string {
  if (!candidate || candidate.length > 64) return fallback;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: candidate }).resolvedOptions().timeZone;
  } catch {
    return fallback;
  }
}
