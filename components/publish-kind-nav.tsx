import Link from "next/link";
import { useTranslations } from "next-intl";

export const PUBLISH_KINDS = ["dataset", "service", "participant"] as const;

export type PublishKind = (typeof PUBLISH_KINDS)[number];

export function publishKindOf(value: unknown): PublishKind {
  return PUBLISH_KINDS.some((kind) => kind === value) ? (value as PublishKind) : "dataset";
}

/** Choice of what to describe: plain links (the choice lives in the URL, works without JavaScript). */
export function PublishKindNav({ current }: { current: PublishKind }) {
  const t = useTranslations("publish.kinds");
  return (
    <nav aria-label={t("nav")}>
      <ul className="grid gap-2 sm:grid-cols-3">
        {PUBLISH_KINDS.map((kind) => (
          <li key={kind}>
            <Link
              href={`/publish?kind=${kind}`}
              aria-current={kind === current ? "page" : undefined}
              className={`block h-full rounded-lg border p-3 text-sm ${kind === current ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300 bg-white hover:border-brand-700"}`}
            >
              <span className="block font-semibold text-slate-900">{t(`${kind}.label`)}</span>
              <span className="block text-slate-700">{t(`${kind}.hint`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
