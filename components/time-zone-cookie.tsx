"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

export interface TimeZoneCookieProps {
  /** The cookie's name (lib/i18n/locales TIME_ZONE_COOKIE). */
  name: string;
  /** The zone the server rendered with. */
  current: string;
}

/** Tells the server the browser's time zone once, so dates are shown in the reader's local time. */
export function TimeZoneCookie({ name, current }: TimeZoneCookieProps) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === current) return;
    // Sent once: a zone the server does not know stays unknown, and must not refresh the page for ever.
    if (document.cookie.split("; ").includes(`${name}=${encodeURIComponent(zone)}`)) return;
    document.cookie = `${name}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [name, current, router]);
  return null;
}
