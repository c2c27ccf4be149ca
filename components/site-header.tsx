import Link from "next/link";

export interface SiteHeaderProps {
  signedInAs: string | null;
  /** Citizens, and organisations registered as a citizen's data trustee, decide consents. */
  showConsents?: boolean;
  signOutAction: () => Promise<void>;
}

const NAV = [
  { href: "/catalogue", label: "Catalogue" },
  { href: "/publish", label: "Publish" },
  { href: "/contracts", label: "Contracts" },
  { href: "/organisation", label: "My organisation" },
];

// Citizens (and data trustees deciding for them) grant and withdraw consent here.
const CONSENT_NAV = [{ href: "/consent", label: "My consents" }];

export function SiteHeader({ signedInAs, showConsents = false, signOutAction }: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-800">
          dataLOFT Catalogue
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[...NAV, ...(signedInAs && showConsents ? CONSENT_NAV : [])].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-1 py-1 text-slate-700 hover:text-brand-700 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          {signedInAs ? (
            <>
              <span className="text-slate-600" data-testid="signed-in-as">
                {signedInAs}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="rounded px-2 py-1 text-slate-800 hover:underline">
                Sign in
              </Link>
              <Link href="/sign-up" className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
                Join the data space
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
