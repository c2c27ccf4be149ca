import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

export interface SiteHeaderProps {
  signedInAs: string | null;
  /** Citizens, and organisations registered as a citizen's data trustee, decide consents. */
  showConsents?: boolean;
  signOutAction: () => Promise<void>;
  setLocaleAction: (form: FormData) => Promise<void>;
}

const NAV = [
  { href: "/catalogue", key: "catalogue" },
  { href: "/publish", key: "publish" },
  { href: "/contracts", key: "contracts" },
  { href: "/organisation", key: "organisation" },
] as const;

// Citizens (and data trustees deciding for them) grant and withdraw consent here.
const CONSENT_NAV = [{ href: "/consent", key: "consents" }] as const;

export async function SiteHeader({ signedInAs, showConsents = false, signOutAction, setLocaleAction }: SiteHeaderProps) {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-800">
          {t("siteName")}
        </Link>
        <nav aria-label={t("nav.label")} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[...NAV, ...(signedInAs && showConsents ? CONSENT_NAV : [])].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block min-h-6 rounded px-1 py-1 text-slate-700 hover:text-brand-700 hover:underline">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LanguageSwitcher
            locale={locale}
            labels={{ label: t("language.label"), switchTo: t("language.switchTo"), switchToHint: t("language.switchToHint") }}
            setLocaleAction={setLocaleAction}
          />
          {signedInAs ? (
            <>
              <span className="max-w-full break-all text-slate-600" data-testid="signed-in-as" title={t("account.signedInAs", { email: signedInAs })}>
                {signedInAs}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100">
                  {t("account.signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="rounded px-2 py-1 text-slate-800 hover:underline">
                {t("account.signIn")}
              </Link>
              <Link href="/sign-up" className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
                {t("account.join")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
