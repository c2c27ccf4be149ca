"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formStateFromError, formValues, type FormState } from "@/app/_lib/form-state";
import { activateSchema } from "@/lib/schemas/activate-schema";
import { retireSchema } from "@/lib/schemas/retire-schema";
import { startRevalidation } from "@/lib/schemas/start-revalidation";
import { uploadSchema } from "@/lib/schemas/upload-schema";
import { schemaIdParams, uploadSchemaInput } from "@/lib/schemas/schema-input";

// Form adapters only: the lib functions authorise (catalogue admins) and do the work, as for the API.

export async function uploadSchemaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "version", "format", "profile", "content"]);
  try {
    const input = uploadSchemaInput.parse(values);
    const schema = await uploadSchema({ actor: await getSessionActor(), input });
    revalidatePath("/admin/schemas");
    const t = await getTranslations("admin.schemas");
    return { success: t("uploadedMessage", { name: schema.name, version: schema.version, count: schema.nodeShapeCount }) };
  } catch (error) {
    const state = formStateFromError(error, values);
    // The lib names the field as the API sees it ("body.content"); the form's field is "content".
    const fieldErrors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([name, reason]) => [name.replace(/^body\./, ""), reason]));
    return { ...state, fieldErrors };
  }
}

async function changeStatus(formData: FormData, change: "activate" | "retire"): Promise<FormState> {
  try {
    const { id } = schemaIdParams.parse({ id: formData.get("id") });
    const actor = await getSessionActor();
    const outcome = change === "activate" ? await activateSchema({ actor, id }) : await retireSchema({ actor, id });
    revalidatePath("/admin/schemas");
    const t = await getTranslations("admin.schemas");
    const words = { title: `${outcome.schema.name} ${outcome.schema.version}`, change };
    return { success: t(outcome.revalidationRunId ? "changedRevalidatingMessage" : "changedMessage", words) };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function activateSchemaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeStatus(formData, "activate");
}

export async function retireSchemaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeStatus(formData, "retire");
}

export async function startRevalidationAction(_previous: FormState): Promise<FormState> {
  try {
    // Stored with the run, like the reasons lib writes itself ("schema … activated"): data, not interface words.
    await startRevalidation({ actor: await getSessionActor(), reason: "started by an administrator" });
    revalidatePath("/admin/schemas");
    const t = await getTranslations("admin.schemas");
    return { success: t("revalidationStartedMessage") };
  } catch (error) {
    return formStateFromError(error);
  }
}
