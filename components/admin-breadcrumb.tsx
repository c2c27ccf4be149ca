import Link from "next/link";

export function AdminBreadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href="/admin" className="text-brand-700 underline">
        Administration
      </Link>
    </nav>
  );
}
