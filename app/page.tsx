import Link from "next/link";
import { FigureCard } from "@/components/figure-card";
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
          Hospitals, makers of consumer health devices, research institutes and citizens publish signed Gaia-X
          self-descriptions of their datasets and services here. The portal checks every signature and DID,
          validates the description against the Gaia-X Trust Framework and health shapes, and explains the
          result in plain words. Access is requested through contracts that name the purpose of use — and where
          citizens&apos; data is involved, nothing happens without their consent.
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
        {figures.entriesByType.length > 0 ? (
          <div className="mt-6">
            <h3 className="text-base font-semibold text-slate-900">Entries by type</h3>
            <ul className="mt-2 grid gap-1 text-sm text-slate-700 md:grid-cols-2">
              {figures.entriesByType.map((row) => (
                <li key={row.type} className="flex justify-between rounded bg-white px-3 py-1">
                  <span>{row.type}</span>
                  <span className="font-medium">{row.count}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </div>
  );
}
