"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formStateFromError, formValues, type FormState } from "@/app/_lib/form-state";
import { registerPeer, registerPeerSchema } from "@/lib/federation/register-peer";
import { updatePeer } from "@/lib/federation/manage-peers";
import { peerNetworkConfig } from "@/lib/federation/peer-network";
import { syncPeerNow } from "@/lib/federation/sync-peer-now";
import { registryFormState } from "../_lib/registry-form-state";

export async function registerPeerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "baseUrl", "scheduleMinutes"]);
  try {
    const input = registerPeerSchema.parse({ ...values, scheduleMinutes: values.scheduleMinutes || undefined });
    const peer = await registerPeer({ actor: await getSessionActor(), input, network: peerNetworkConfig() });
    revalidatePath("/admin/peers");
    const t = await getTranslations("admin.peers");
    return { success: t("registeredMessage", { name: peer.name, minutes: peer.scheduleMinutes }) };
  } catch (error) {
    return registryFormState(error, values);
  }
}

export async function syncPeerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    // The page follows the progress (it refreshes itself while a sync runs).
    const outcome = await syncPeerNow({ actor: await getSessionActor(), peerId: String(formData.get("peerId") ?? ""), wait: false });
    revalidatePath("/admin/peers");
    const t = await getTranslations("admin.peers");
    return { success: outcome.finished ? t("syncedMessage") : t("syncStartedMessage", { name: outcome.peer.name }) };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function togglePeerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const enabled = formData.get("enabled") === "true";
    const peer = await updatePeer({ actor: await getSessionActor(), id: String(formData.get("peerId") ?? ""), input: { enabled } });
    revalidatePath("/admin/peers");
    const t = await getTranslations("admin.peers");
    return { success: t(enabled ? "resumedMessage" : "pausedMessage", { name: peer.name }) };
  } catch (error) {
    return formStateFromError(error);
  }
}
