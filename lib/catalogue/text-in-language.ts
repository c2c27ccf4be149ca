import { localName, type Locale } from "@/lib/vocabulary";

// A credential may state its title and description in several languages (JSON-LD value objects with
// "@language", as HealthDCAT-AP asks for). The search projection keeps one; the entry page shows the
// reader's language when the document has it.

type Node = Record<string, unknown>;

const sameLanguage = (tag: unknown, locale: Locale) => typeof tag === "string" && (tag.toLowerCase() === locale || tag.toLowerCase().startsWith(`${locale}-`));

/** The first value under one of `names` (matched by local name) tagged with `locale`, in the subjects' own properties; null when there is none. */
export function textInLanguage(subjects: Node[], names: string[], locale: Locale): string | null {
  for (const subject of subjects) {
    for (const [key, value] of Object.entries(subject)) {
      if (!names.includes(localName(key))) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (!item || typeof item !== "object") continue;
        const node = item as Node;
        if (typeof node["@value"] === "string" && sameLanguage(node["@language"], locale) && node["@value"].trim()) return node["@value"].trim();
      }
    }
  }
  return null;
}
