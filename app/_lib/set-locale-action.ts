"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const LocaleForm = z.object({ locale: z.enum(LOCALES) });

/** The language switcher: keeps the reader's choice for a year. Setting the cookie re-renders the page in that language. */
export async function setLocaleAction(form: FormData): Promise<void> {
  const parsed = LocaleForm.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, httpOnly: false });
}
