import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("catalogue");
  return (
    <div aria-busy="true" aria-label={t("loading")}>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="mt-4 h-10 animate-pulse rounded bg-slate-200" />
      <div className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        <div className="h-64 animate-pulse rounded bg-slate-100" />
        <div className="space-y-3">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-24 animate-pulse rounded-lg bg-slate-100" />
          ))}
        </div>
      </div>
    </div>
  );
}
