import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { isCatalogueAdmin } from "@/lib/auth/actor";
import { AdminNotAllowed } from "@/components/admin-not-allowed";

export const metadata: Metadata = { title: "Administration" };

const REGISTRIES = [
  {
    method: "GET, POST",
    path: "/api/v1/schemas",
    what: "SHACL shapes versions (upload, list); activate or retire with POST …/{id}/activate and …/{id}/retire",
  },
  { method: "GET", path: "/api/v1/revalidations/{id}", what: "progress of a revalidation run" },
  { method: "GET, POST, DELETE", path: "/api/v1/admin/contexts", what: "list, pin (under its exact URL) and retire (?url=…) operator JSON-LD contexts" },
  { method: "GET, POST", path: "/api/v1/admin/dids", what: "DID documents pinned for offline resolution" },
  { method: "POST", path: "/api/v1/admin/trust-anchors", what: "add an X.509 CA certificate as trust anchor" },
  {
    method: "GET, POST",
    path: "/api/v1/admin/peers",
    what: "federation peers (register with name, baseUrl, optional token); GET/PATCH …/{id}; POST …/{id}/sync runs a sync",
  },
];

const PAGES = [
  { href: "/admin/participants", label: "Participants", what: "organisations and citizens hosted here: kind, DID, members, entries." },
  { href: "/admin/schemas", label: "Schemas", what: "upload, activate and retire shapes." },
  {
    href: "/admin/schemas#runs-heading",
    label: "Revalidation progress",
    what: "follow the revalidation of stored entries after a schema change, or start one.",
  },
  { href: "/admin/contexts", label: "JSON-LD contexts", what: "list, pin and retire the contexts verification serves offline." },
  { href: "/admin/dids", label: "Known DIDs", what: "DID documents pinned for issuers that cannot be resolved offline." },
  { href: "/admin/trust-anchors", label: "Trust anchors", what: "root certificates that key certificate chains may end at." },
  { href: "/admin/peers", label: "Federation peers", what: "catalogue nodes harvested by this one: sync progress, refusals, sync now." },
];

export default async function AdminPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/admin");
  if (!isCatalogueAdmin(actor)) return <AdminNotAllowed />;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Administration</h1>
        <p className="mt-2 text-slate-700">Operator registries of this catalogue. Every change is audited.</p>
      </div>
      <section aria-labelledby="pages-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pages-heading" className="text-lg font-semibold">
          Pages
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {PAGES.map((page) => (
            <li key={page.href}>
              <Link href={page.href} className="text-brand-700 underline">
                {page.label}
              </Link>{" "}
              — {page.what}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="api-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="api-heading" className="text-lg font-semibold">
          JSON endpoints
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Send an administrator&apos;s session or <code>Authorization: Bearer &lt;admin token&gt;</code>. Described in the{" "}
          <Link href="/api-docs" className="text-brand-700 underline">
            API documentation
          </Link>
          .
        </p>
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Administrative API endpoints</caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1">
                Method
              </th>
              <th scope="col">Endpoint</th>
              <th scope="col">Purpose</th>
            </tr>
          </thead>
          <tbody>
            {REGISTRIES.map((endpoint) => (
              <tr key={endpoint.path} className="border-t border-slate-100 align-top">
                <td className="py-2 font-mono">{endpoint.method}</td>
                <td className="py-2 font-mono">
                  {endpoint.method.startsWith("GET") && !endpoint.path.includes("{") ? (
                    <a className="text-brand-700 underline" href={endpoint.path}>
                      {endpoint.path}
                    </a>
                  ) : (
                    endpoint.path
                  )}
                </td>
                <td className="py-2">{endpoint.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
