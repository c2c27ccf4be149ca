// Every term of the vocabulary carries its words in the portal's two languages. The interface is
// English today (app/layout.tsx: lang="en"); German is kept beside it so a German interface, a
// German DSP reader or a German consent text needs no second table.

export type Locale = "en" | "de";

export interface Label {
  en: string;
  de: string;
}

export interface Term<Id extends string = string> {
  id: Id;
  label: Label;
}

/** The ids of a non-empty term list as a non-empty tuple of their literals, what `z.enum` takes. */
export function idsOf<const T extends readonly [Term, ...Term[]]>(terms: T): [T[number]["id"], ...T[number]["id"][]] {
  return terms.map((term) => term.id) as [T[number]["id"], ...T[number]["id"][]];
}

/** The words of `id` in `locale`; an id the list does not know is shown as it is. */
export function labelOf(terms: readonly Term[], id: string, locale: Locale = "en"): string {
  return terms.find((term) => term.id === id)?.label[locale] ?? id;
}
