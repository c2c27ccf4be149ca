import type { Metadata } from "next";
import "./globals.css";
import { auth } from "@/app/auth";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "@/app/_lib/sign-out-action";
import { getSessionActor } from "@/app/_lib/current-actor";
import { decidesConsents } from "@/lib/consent/decides-consents";

export const metadata: Metadata = {
  title: { default: "dataLOFT Catalogue", template: "%s · dataLOFT Catalogue" },
  description: "Federated catalogue of signed Gaia-X self-descriptions for a citizen-centred health data space.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  const actor = session ? await getSessionActor() : null;
  const consents = actor ? await decidesConsents({ actor }) : false;
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <SiteHeader signedInAs={session?.user?.email ?? null} showConsents={consents} signOutAction={signOutAction} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-slate-600">
          dataLOFT Catalogue — citizens at the centre of the provision, use and control of their health data.
        </footer>
      </body>
    </html>
  );
}
