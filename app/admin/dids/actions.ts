"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, type FormState } from "@/app/_lib/form-state";
import { pinDidDocument } from "@/lib/registry/pin-did-document";
import { parseJsonField, registryFormState } from "../_lib/registry-form-state";

export async function pinDidAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["document"]);
  try {
    const document = await parseJsonField(values.document ?? "", "document");
    const pinned = await pinDidDocument({ actor: await getSessionActor(), input: { document: document as { id: string } } });
    revalidatePath("/admin/dids");
    const t = await getTranslations("admin.dids");
    return { success: t("pinnedMessage", { did: pinned.did }) };
  } catch (error) {
    return registryFormState(error, values);
  }
}
