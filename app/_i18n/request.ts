import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { FORMATS } from "@/lib/i18n/formats";
import { DEFAULT_TIME_ZONE, LOCALE_COOKIE, TIME_ZONE_COOKIE } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { timeZoneOr } from "@/lib/i18n/time-zone";

// next-intl's per-request configuration (next.config.js points its plugin here). No locale in the
// path: the language follows the reader's choice (cookie) or the browser's Accept-Language.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale({ cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get("accept-language") });
  return {
    locale,
    messages: messagesFor(locale),
    formats: FORMATS[locale],
    timeZone: timeZoneOr(cookieStore.get(TIME_ZONE_COOKIE)?.value, DEFAULT_TIME_ZONE),
  };
});
