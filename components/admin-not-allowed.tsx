import { useTranslations } from "next-intl";

/** Shown to signed-in people who are not catalogue administrators. */
export function AdminNotAllowed() {
  const t = useTranslations("admin.notAllowed");
  return (
    <div className="mx-auto max-w-xl" role="alert">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("text")}</p>
    </div>
  );
}
