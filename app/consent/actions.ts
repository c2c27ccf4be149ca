"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, translatedFormState, type FormState } from "@/app/_lib/form-state";
import type { Actor } from "@/lib/auth/actor";
import { grantConsent } from "@/lib/consent/grant-consent";
import { refuseConsent } from "@/lib/consent/refuse-consent";
import { withdrawConsent } from "@/lib/consent/withdraw-consent";

// Form adapters of the citizen's consent page; the lib functions check that the actor is the
// citizen (or their data trustee).

type Decide = (options: { actor: Actor | null; consentId: string; reason?: string }) => Promise<unknown>;

async function decide(formData: FormData, run: Decide, done: "granted" | "refused" | "withdrawn"): Promise<FormState> {
  const values = formValues(formData, ["consentId", "reason"]);
  try {
    await run({ actor: await getSessionActor(), consentId: values.consentId ?? "", reason: values.reason?.trim() || undefined });
    revalidatePath("/consent");
    return { success: (await getTranslations("consent"))(`done.${done}`) };
  } catch (error) {
    return translatedFormState(error, values);
  }
}

export async function grantConsentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, grantConsent, "granted");
}

export async function refuseConsentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, refuseConsent, "refused");
}

export async function withdrawConsentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, withdrawConsent, "withdrawn");
}
