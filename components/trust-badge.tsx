const STYLES: Record<string, { label: string; className: string }> = {
  verified: { label: "Verified", className: "bg-green-100 text-green-900 border-green-300" },
  warnings: { label: "Verified with warnings", className: "bg-amber-100 text-amber-900 border-amber-300" },
  failed: { label: "Not verified", className: "bg-red-100 text-red-900 border-red-300" },
  unverified: { label: "Not checked", className: "bg-slate-100 text-slate-800 border-slate-300" },
};

export function TrustBadge({ trust }: { trust: string }) {
  const style = STYLES[trust] ?? STYLES.unverified!;
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${style.className}`}>{style.label}</span>;
}
