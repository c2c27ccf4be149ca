"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";

/**
 * The catalogue's search box. Without JavaScript it is a plain GET form; with it, typing updates the
 * URL (debounced) so results follow and every state stays shareable.
 */
export function SearchBox({ initialQuery }: { initialQuery: string }) {
  const t = useTranslations("catalogue.search");
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(initialQuery);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const params = new URLSearchParams(searchParams.toString());
      if (next.trim()) params.set("q", next.trim());
      else params.delete("q");
      params.delete("cursor");
      router.replace(`${pathname}?${params.toString()}`, { scroll: false });
    }, 300);
  }

  return (
    <form role="search" action={pathname} method="get" className="flex gap-2">
      {[...searchParams.entries()]
        .filter(([name]) => name !== "q" && name !== "cursor")
        .map(([name, paramValue]) => (
          <input key={`${name}=${paramValue}`} type="hidden" name={name} value={paramValue} />
        ))}
      <label htmlFor="catalogue-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="catalogue-search"
        name="q"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={t("placeholder")}
        className="w-full rounded border border-slate-400 bg-white px-3 py-2"
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
