"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, translatedFormState, type FormState } from "@/app/_lib/form-state";
import { getEnv } from "@/lib/env";
import { createApiToken } from "@/lib/auth/create-api-token";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { inviteMember } from "@/lib/participants/invite-member";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { revokeSelfDescription } from "@/lib/catalogue/revoke-self-description";
import { registerPublicKey } from "@/lib/participants/register-public-key";
import { createParticipantKey, retireParticipantKey, rotateParticipantKey } from "@/lib/participants/manage-participant-keys";

export async function createTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["slug", "name", "role"]);
  try {
    const actor = await getSessionActor();
    const participant = await getParticipantBySlug({ slug: values.slug ?? "" });
    const { secret, token } = await createApiToken({ actor, participantId: participant.id, input: { name: values.name ?? "", role: values.role as never } });
    revalidatePath("/organisation");
    return { success: (await getTranslations("organisation"))("tokens.created", { name: token.name }), secret };
  } catch (error) {
    return translatedFormState(error, values);
  }
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  const actor = await getSessionActor();
  await revokeApiToken({ actor, tokenId: String(formData.get("tokenId") ?? "") });
  revalidatePath("/organisation");
}

export async function inviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["slug", "email", "role"]);
  try {
    const actor = await getSessionActor();
    const participant = await getParticipantBySlug({ slug: values.slug ?? "" });
    const { link } = await inviteMember({
      actor,
      participantId: participant.id,
      input: { email: values.email ?? "", role: values.role as never },
      publicUrl: getEnv().publicUrl,
    });
    revalidatePath("/organisation");
    return { success: (await getTranslations("organisation"))("members.invited", { email: values.email ?? "" }), secret: link };
  } catch (error) {
    return translatedFormState(error, values);
  }
}

export async function createKeyAction(formData: FormData): Promise<void> {
  const actor = await getSessionActor();
  const participant = await getParticipantBySlug({ slug: String(formData.get("slug") ?? "") });
  const algorithm = formData.get("algorithm") === "P-256" ? "P-256" : "Ed25519";
  await createParticipantKey({ actor, participantId: participant.id, algorithm });
  revalidatePath("/organisation");
}

export async function rotateKeyAction(formData: FormData): Promise<void> {
  const actor = await getSessionActor();
  await rotateParticipantKey({ actor, keyId: String(formData.get("keyId") ?? "") });
  revalidatePath("/organisation");
}

export async function retireKeyAction(formData: FormData): Promise<void> {
  const actor = await getSessionActor();
  await retireParticipantKey({ actor, keyId: String(formData.get("keyId") ?? "") });
  revalidatePath("/organisation");
}

/** Registers the public half of a key generated in the browser; returns its DID URL. */
export async function registerBrowserKeyAction(slug: string, publicKeyJwk: unknown): Promise<{ verificationMethod?: string; error?: string }> {
  try {
    const actor = await getSessionActor();
    const participant = await getParticipantBySlug({ slug });
    const key = await registerPublicKey({ actor, participantId: participant.id, publicKeyJwk });
    revalidatePath("/organisation");
    return { verificationMethod: `${participant.did}#${key.keyId}` };
  } catch (error) {
    return { error: (await translatedFormState(error)).error };
  }
}

export async function revokeEntryAction(formData: FormData): Promise<void> {
  const actor = await getSessionActor();
  await revokeSelfDescription({ actor, hash: String(formData.get("hash") ?? ""), reason: "revoked on the organisation page" });
  revalidatePath("/organisation");
}
