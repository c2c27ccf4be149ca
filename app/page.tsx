import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FigureCard } from "@/components/figure-card";
import { BarChart } from "@/components/bar-chart";
import { getCatalogueFigures } from "@/lib/catalogue/get-catalogue-figures";

export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const [figures, t, format] = await Promise.all([getCatalogueFigures(), getTranslations("landing"), getFormatter()]);
  const verifiedShare = figures.activeEntries === 0 ? "–" : t("figures.share", { share: figures.verifiedEntries / figures.activeEntries });
  // "2026-11" → "Nov 2026" / "Nov. 2026": the month as the reader names it.
  const monthLabel = (month: string) => format.dateTime(new Date(`${month}-01T12:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const noData = t("charts.noData");
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="intro" className="max-w-3xl">
        <h1 id="intro" className="text-3xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <p className="mt-4 text-lg text-slate-700">{t("intro")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/catalogue" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t("browse")}
          </Link>
          <Link href="/sign-up" className="rounded border border-slate-400 px-4 py-2 font-medium text-slate-800 hover:bg-white">
            {t("join")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures" className="text-xl font-semibold text-slate-900">
          {t("figures.heading")}
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
          <FigureCard
            id="participants"
            label={t("figures.participants")}
            value={figures.participants}
            hint={t("figures.participantsHint", { organisations: figures.organisations, citizens: figures.citizens })}
          />
          <FigureCard id="active-entries" label={t("figures.activeEntries")} value={figures.activeEntries} />
          <FigureCard id="verified-entries" label={t("figures.verifiedEntries")} value={figures.verifiedEntries} />
          <FigureCard id="verified-share" label={t("figures.verifiedShare")} value={verifiedShare} />
        </dl>
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          <BarChart title={t("charts.byType")} noData={noData} rows={figures.entriesByType.map((row) => ({ label: row.type, value: row.count }))} />
          <BarChart title={t("charts.byProvider")} noData={noData} rows={figures.entriesByProvider.map((row) => ({ label: row.provider, value: row.count }))} />
          <BarChart
            title={t("charts.byMonth")}
            noData={noData}
            rows={figures.publishesByMonth.map((row) => ({ label: monthLabel(row.month), value: row.count }))}
          />
          <BarChart
            title={t("charts.trust")}
            noData={noData}
            rows={[
              { label: t("charts.verifiedClean"), value: figures.verifiedEntries - figures.entriesWithWarnings },
              { label: t("charts.verifiedWarnings"), value: figures.entriesWithWarnings },
              { label: t("charts.notVerified"), value: figures.activeEntries - figures.verifiedEntries },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
