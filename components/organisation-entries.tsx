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
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
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
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.hash} className="border-t border-slate-100" data-testid="own-entry">
                <td className="py-2">
                  <Link href={`/catalogue/${entry.hash}`} className="underline">
                    {entry.title}
                  </Link>
                </td>
                <td>{t("status", { status: entry.status })}</td>
                <td>{format.dateTime(new Date(entry.createdAt), "day")}</td>
                <td className="flex justify-end gap-2 py-2">
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
