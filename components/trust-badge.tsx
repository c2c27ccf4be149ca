import { useTranslations } from "next-intl";

const STYLES = {
  verified: "bg-green-100 text-green-900 border-green-300",
  warnings: "bg-amber-100 text-amber-900 border-amber-300",
  failed: "bg-red-100 text-red-900 border-red-300",
  unverified: "bg-slate-100 text-slate-800 border-slate-300",
} as const;

type Trust = keyof typeof STYLES;

const isTrust = (trust: string): trust is Trust => trust in STYLES;

export function TrustBadge({ trust }: { trust: string }) {
  const t = useTranslations("entry.badge");
  const known: Trust = isTrust(trust) ? trust : "unverified";
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${STYLES[known]}`}>{t(known)}</span>;
}
