"use server";

import { revalidatePath } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, type FormState } from "@/app/_lib/form-state";
import { addTrustAnchor } from "@/lib/registry/add-trust-anchor";
import { registryFormState } from "../_lib/registry-form-state";

export async function addTrustAnchorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "certificatePem"]);
  try {
    const anchor = await addTrustAnchor({ actor: await getSessionActor(), input: { name: values.name ?? "", certificatePem: values.certificatePem ?? "" } });
    revalidatePath("/admin/trust-anchors");
    const [t, format] = await Promise.all([getTranslations("admin.trustAnchors"), getFormatter()]);
    return {
      success: t("addedMessage", {
        name: anchor.name,
        subject: anchor.subject.split("\n").join(", "),
        date: format.dateTime(new Date(anchor.notAfter), "day"),
      }),
    };
  } catch (error) {
    return registryFormState(error, values);
  }
}
