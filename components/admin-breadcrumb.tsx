import Link from "next/link";
import { useTranslations } from "next-intl";

export function AdminBreadcrumb() {
  const t = useTranslations("admin");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm">
      <Link href="/admin" className="text-brand-700 underline">
        {t("title")}
      </Link>
    </nav>
  );
}
