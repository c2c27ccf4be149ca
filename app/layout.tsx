import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import "./globals.css";
import { auth } from "@/app/auth";
import { SiteHeader } from "@/components/site-header";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { signOutAction } from "@/app/_lib/sign-out-action";
import { setLocaleAction } from "@/app/_lib/set-locale-action";
import { getSessionActor } from "@/app/_lib/current-actor";
import { decidesConsents } from "@/lib/consent/decides-consents";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  const actor = session ? await getSessionActor() : null;
  const [consents, locale, timeZone, t] = await Promise.all([
    actor ? decidesConsents({ actor }) : false,
    getLocale(),
    getTimeZone(),
    getTranslations("common"),
  ]);
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <NextIntlClientProvider>
          <TimeZoneCookie name={TIME_ZONE_COOKIE} current={timeZone} />
          <SiteHeader signedInAs={session?.user?.email ?? null} showConsents={consents} signOutAction={signOutAction} setLocaleAction={setLocaleAction} />
          <main id="main" className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-slate-600">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
