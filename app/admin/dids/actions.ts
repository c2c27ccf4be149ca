"use server";

import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, type FormState } from "@/app/_lib/form-state";
import { pinDidDocument } from "@/lib/registry/pin-did-document";
import { parseJsonField, registryFormState } from "../_lib/registry-form-state";

export async function pinDidAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["document"]);
  try {
    const document = parseJsonField(values.document ?? "", "document");
    const pinned = await pinDidDocument({ actor: await getSessionActor(), input: { document: document as { id: string } } });
    revalidatePath("/admin/dids");
    return { success: `Pinned the DID document of ${pinned.did}. Signatures by its keys can now be checked offline.` };
  } catch (error) {
    return registryFormState(error, values);
  }
}
