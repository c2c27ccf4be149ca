import Link from "next/link";
import { FigureCard } from "@/components/figure-card";
import { BarChart } from "@/components/bar-chart";
import { getCatalogueFigures } from "@/lib/catalogue/get-catalogue-figures";

export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const figures = await getCatalogueFigures();
  const verifiedShare = figures.activeEntries === 0 ? "–" : `${Math.round((figures.verifiedEntries / figures.activeEntries) * 100)} %`;
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="intro" className="max-w-3xl">
        <h1 id="intro" className="text-3xl font-bold text-slate-900">
          A catalogue of health data you can trust — with citizens in control
        </h1>
        <p className="mt-4 text-lg text-slate-700">
          Hospitals, makers of consumer health devices, research institutes and citizens publish signed Gaia-X self-descriptions of their datasets and services
          here. The portal checks every signature and DID, validates the description against the Gaia-X Trust Framework and health shapes, and explains the
          result in plain words. Access is requested through contracts that name the purpose of use — and where citizens&apos; data is involved, nothing happens
          without their consent.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/catalogue" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Browse the catalogue
          </Link>
          <Link href="/sign-up" className="rounded border border-slate-400 px-4 py-2 font-medium text-slate-800 hover:bg-white">
            Join as an organisation or citizen
          </Link>
        </div>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures" className="text-xl font-semibold text-slate-900">
          The catalogue today
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
          <FigureCard label="Participants" value={figures.participants} hint={`${figures.organisations} organisations, ${figures.citizens} citizens`} />
          <FigureCard label="Active entries" value={figures.activeEntries} />
          <FigureCard label="Verified entries" value={figures.verifiedEntries} />
          <FigureCard label="Verified share" value={verifiedShare} />
        </dl>
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          <BarChart title="Active entries by type" rows={figures.entriesByType.map((row) => ({ label: row.type, value: row.count }))} />
          <BarChart title="Active entries by provider" rows={figures.entriesByProvider.map((row) => ({ label: row.provider, value: row.count }))} />
          <BarChart title="Publications per month (last 12 months)" rows={figures.publishesByMonth.map((row) => ({ label: row.month, value: row.count }))} />
          <BarChart
            title="Trust of active entries"
            rows={[
              { label: "Verified, no warnings", value: figures.verifiedEntries - figures.entriesWithWarnings },
              { label: "Verified with warnings", value: figures.entriesWithWarnings },
              { label: "Not verified", value: figures.activeEntries - figures.verifiedEntries },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
