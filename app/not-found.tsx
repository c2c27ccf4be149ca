import Link from "next/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("catalogue.notFound");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">
        {t("text")}{" "}
        <Link href="/" className="text-brand-700 underline">
          {t("home")}
        </Link>
        .
      </p>
    </div>
  );
}
