"use server";

import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, type FormState } from "@/app/_lib/form-state";
import { addTrustAnchor } from "@/lib/registry/add-trust-anchor";
import { registryFormState } from "../_lib/registry-form-state";

export async function addTrustAnchorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "certificatePem"]);
  try {
    const anchor = await addTrustAnchor({ actor: await getSessionActor(), input: { name: values.name ?? "", certificatePem: values.certificatePem ?? "" } });
    revalidatePath("/admin/trust-anchors");
    return { success: `Added ${anchor.name} (${anchor.subject.split("\n").join(", ")}), valid until ${anchor.notAfter.slice(0, 10)}.` };
  } catch (error) {
    return registryFormState(error, values);
  }
}
