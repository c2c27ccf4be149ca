import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

export interface OrganisationEntry {
  hash: string;
  title: string;
  status: string;
  format: string;
  verified: boolean;
  createdAt: string;
}

/** The organisation's own entries with their state and actions. */
export function OrganisationEntries({
  entries,
  canAdminister,
  revokeAction,
}: {
  entries: OrganisationEntry[];
  canAdminister: boolean;
  revokeAction: (data: FormData) => Promise<void>;
}) {
  const t = useTranslations("organisation.entries");
  const format = useFormatter();
  return (
    <section aria-labelledby="entries-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="entries-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {t.rich("none", {
            link: (chunks) => (
              <Link href="/publish" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        // A table from md up; on a phone each entry is a card (rows and cells stack, labels shown inline).
        <table className="mt-3 block w-full text-left text-sm md:table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="hidden md:table-header-group">
            <tr className="text-slate-600">
              <th scope="col" className="py-1">
                {t("columns.title")}
              </th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.published")}</th>
              <th scope="col">
                <span className="sr-only">{t("columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="block md:table-row-group">
            {entries.map((entry) => (
              <tr key={entry.hash} className="block border-t border-slate-100 py-2 md:table-row md:py-0" data-testid="own-entry">
                <td className="block py-1 md:table-cell md:py-2">
                  <Link href={`/catalogue/${entry.hash}`} className="break-words underline">
                    {entry.title}
                  </Link>
                </td>
                <td className="inline md:table-cell">
                  <span className="text-slate-600 md:hidden">{t("columns.status")}: </span>
                  {t("status", { status: entry.status })}
                </td>
                <td className="inline before:content-['_·_'] md:table-cell md:before:content-none">
                  <span className="text-slate-600 md:hidden">{t("columns.published")}: </span>
                  {format.dateTime(new Date(entry.createdAt), "day")}
                </td>
                <td className="flex flex-wrap gap-2 py-2 md:justify-end">
                  {entry.status === "ACTIVE" ? (
                    <>
                      <Link href="/publish" className="rounded border border-slate-400 px-2 py-1">
                        {t("newVersion")}
                        <span className="sr-only">{t("ofEntry", { title: entry.title })}</span>
                      </Link>
                      {canAdminister ? (
                        <form action={revokeAction}>
                          <input type="hidden" name="hash" value={entry.hash} />
                          <button type="submit" className="rounded border border-red-300 px-2 py-1 text-red-800">
                            {t("revoke")}
                            <span className="sr-only"> {entry.title}</span>
                          </button>
                        </form>
                      ) : null}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
