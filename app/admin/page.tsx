import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { isCatalogueAdmin } from "@/lib/auth/actor";
import { AdminNotAllowed } from "@/components/admin-not-allowed";
import { AdminTable } from "@/components/admin-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

// Method and path are the API's own words; what each endpoint is for is said in the reader's language.
const REGISTRIES = [
  { key: "schemas", method: "GET, POST", path: "/api/v1/schemas", values: { activate: "POST …/{id}/activate", retire: "POST …/{id}/retire" } },
  { key: "revalidation", method: "GET", path: "/api/v1/revalidations/{id}", values: {} },
  { key: "contexts", method: "GET, POST, DELETE", path: "/api/v1/admin/contexts", values: { query: "?url=…" } },
  { key: "dids", method: "GET, POST", path: "/api/v1/admin/dids", values: {} },
  { key: "trustAnchors", method: "POST", path: "/api/v1/admin/trust-anchors", values: {} },
  { key: "peers", method: "GET, POST", path: "/api/v1/admin/peers", values: { one: "GET/PATCH …/{id}", sync: "POST …/{id}/sync" } },
] as const;

const PAGES = [
  { href: "/admin/participants", key: "participants", label: "participants.title" },
  { href: "/admin/schemas", key: "schemas", label: "schemas.title" },
  { href: "/admin/schemas#runs-heading", key: "revalidation", label: "home.pages.revalidationLabel" },
  { href: "/admin/contexts", key: "contexts", label: "contexts.title" },
  { href: "/admin/dids", key: "dids", label: "dids.title" },
  { href: "/admin/trust-anchors", key: "trustAnchors", label: "trustAnchors.title" },
  { href: "/admin/peers", key: "peers", label: "peers.title" },
] as const;

export default async function AdminPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/admin");
  if (!isCatalogueAdmin(actor)) return <AdminNotAllowed />;
  const t = await getTranslations("admin");
  const caption = t("home.apiCaption");
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("home.intro")}</p>
      </div>
      <section aria-labelledby="pages-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pages-heading" className="text-lg font-semibold">
          {t("home.pagesHeading")}
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {PAGES.map((page) => (
            <li key={page.href}>
              <Link href={page.href} className="text-brand-700 underline">
                {t(page.label)}
              </Link>{" "}
              — {t(`home.pages.${page.key}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="api-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="api-heading" className="text-lg font-semibold">
          {t("home.apiHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {t.rich("home.apiAuth", {
            code,
            link: (chunks) => (
              <Link href="/api-docs" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <div className="mt-3">
          <AdminTable
            caption={caption}
            regionLabel={t("tableRegion", { caption })}
            columns={[t("home.columns.method"), t("home.columns.endpoint"), t("home.columns.purpose")]}
            empty=""
            rows={REGISTRIES.map((endpoint) => ({
              key: endpoint.path,
              cells: [
                <span key="method" className="whitespace-nowrap font-mono">
                  {endpoint.method}
                </span>,
                endpoint.method.startsWith("GET") && !endpoint.path.includes("{") ? (
                  <a key="path" className="font-mono text-brand-700 underline" href={endpoint.path}>
                    {endpoint.path}
                  </a>
                ) : (
                  <span key="path" className="font-mono">
                    {endpoint.path}
                  </span>
                ),
                t.rich(`home.endpoints.${endpoint.key}`, { ...endpoint.values, code }),
              ],
            }))}
          />
        </div>
      </section>
    </div>
  );
}
