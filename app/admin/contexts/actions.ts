"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formStateFromError, formValues, type FormState } from "@/app/_lib/form-state";
import { addJsonLdContext } from "@/lib/registry/add-json-ld-context";
import { retireJsonLdContext } from "@/lib/registry/manage-json-ld-contexts";
import { parseJsonField, registryFormState } from "../_lib/registry-form-state";

// Form adapters only: the lib functions authorise (catalogue admins) and audit, as for the API.

export async function pinContextAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["url", "document"]);
  try {
    const document = await parseJsonField(values.document ?? "", "document");
    const pinned = await addJsonLdContext({ actor: await getSessionActor(), input: { url: values.url ?? "", document } });
    revalidatePath("/admin/contexts");
    const t = await getTranslations("admin.contexts");
    return { success: t("pinnedMessage", { url: pinned.url, hash: pinned.contentHash.slice(0, 12) }) };
  } catch (error) {
    return registryFormState(error, values);
  }
}

export async function retireContextAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const retired = await retireJsonLdContext({ actor: await getSessionActor(), url: String(formData.get("url") ?? "") });
    revalidatePath("/admin/contexts");
    const t = await getTranslations("admin.contexts");
    return { success: t("retiredMessage", { url: retired.url }) };
  } catch (error) {
    return formStateFromError(error);
  }
}
