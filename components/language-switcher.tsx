import type { Locale } from "@/lib/i18n/locales";

export interface LanguageSwitcherProps {
  /** The language the page is shown in; the switcher offers the other one. */
  locale: Locale;
  labels: { label: string; switchTo: string; switchToHint: string };
  setLocaleAction: (form: FormData) => Promise<void>;
}

/** One button that shows the page in the other language; a plain form, so it works without JavaScript too. */
export function LanguageSwitcher({ locale, labels, setLocaleAction }: LanguageSwitcherProps) {
  const other: Locale = locale === "de" ? "en" : "de";
  return (
    <form action={setLocaleAction} aria-label={labels.label}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        title={labels.switchToHint}
        data-testid="language-switcher"
        className="min-h-6 rounded border border-slate-300 px-2 py-1 text-slate-800 hover:bg-slate-100"
      >
        {labels.switchTo}
      </button>
    </form>
  );
}
