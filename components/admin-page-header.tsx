import type { ReactNode } from "react";
import { AdminBreadcrumb } from "./admin-breadcrumb";

/** Breadcrumb back to the administration, the page's title and what the registry is for. */
export function AdminPageHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <AdminBreadcrumb />
      <h1 className="mt-1 text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mt-2 text-slate-700">{children}</p>
    </div>
  );
}
