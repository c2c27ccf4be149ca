"use server";

import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formStateFromError, type FormState } from "@/app/_lib/form-state";
import { checkSubmission } from "@/lib/catalogue/check-submission";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { getContextLoader, getPublishServices } from "@/lib/catalogue/get-publish-services";
import { buildHealthDatasetCredential } from "@/lib/catalogue/build-health-dataset-credential";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { AppError } from "@/lib/errors/app-error";
import { getEnv } from "@/lib/env";

export interface UploadState {
  error?: string;
  verdict?: Awaited<ReturnType<typeof checkSubmission>>;
  text?: string;
  contentType?: string;
}

function mediaType(text: string): string {
  return text.trim().startsWith("{") ? "application/ld+json" : "application/vc+jwt";
}

function readUpload(formData: FormData): string {
  const text = String(formData.get("document") ?? "");
  if (!text.trim()) throw new AppError("INVALID_INPUT", { message: "Choose or drop a signed file, or paste its content." });
  if (Buffer.byteLength(text) > getEnv().DATALOFT_MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { message: "The file is larger than the 1 MiB limit." });
  return text;
}

/** Checks an uploaded, already signed file and shows the verdict; stores nothing. */
export async function checkUploadAction(_previous: UploadState, formData: FormData): Promise<UploadState> {
  try {
    if (!(await getSessionActor())) throw new AppError("UNAUTHENTICATED", { message: "Sign in to publish." });
    const text = readUpload(formData);
    const contentType = mediaType(text);
    const verdict = await checkSubmission({ text, contentType, flags: { signatures: true, schema: true, rules: true } });
    return { verdict, text, contentType };
  } catch (error) {
    return { error: formStateFromError(error).error };
  }
}

/** Publishes the checked file; lands on the new entry page. */
export async function publishUploadAction(_previous: UploadState, formData: FormData): Promise<UploadState> {
  let hash: string;
  try {
    const actor = await getSessionActor();
    const text = readUpload(formData);
    const { entry } = await publishSelfDescription({ actor, text, contentType: mediaType(text), services: await getPublishServices() });
    hash = entry.hash;
  } catch (error) {
    return { error: formStateFromError(error).error };
  }
  redirect(`/catalogue/${hash}`);
}

/** The wizard: build the credential from the form, sign it with the organisation's key, publish. */
export async function publishWizardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let hash: string;
  try {
    const actor = await getSessionActor();
    const membership = actor?.memberships[0];
    if (!actor || !membership) throw new AppError("UNAUTHENTICATED", { message: "Sign in to publish." });
    const participant = await getParticipantBySlug({ slug: membership.participantSlug });
    const subjectId = String(formData.get("subjectId") ?? "");
    const credential = buildHealthDatasetCredential(
      {
        title: String(formData.get("title") ?? ""),
        description: String(formData.get("description") ?? ""),
        keywords: String(formData.get("keywords") ?? ""),
        purposes: formData.getAll("purposes").map(String),
        pseudonymisation: String(formData.get("pseudonymisation") ?? "Pseudonymised") as never,
        population: String(formData.get("population") ?? ""),
        codingSystems: String(formData.get("codingSystems") ?? ""),
      },
      { subjectId: /^urn:uuid:[0-9a-f-]{36}$/.test(subjectId) ? subjectId : `urn:uuid:${crypto.randomUUID()}` },
    );
    const signed = await signWithParticipantKey({ actor, participantId: participant.id, document: credential, format: "eddsa-rdfc-2022", documentLoader: await getContextLoader() });
    const { entry } = await publishSelfDescription({ actor, text: JSON.stringify(signed), contentType: "application/ld+json", services: await getPublishServices() });
    hash = entry.hash;
  } catch (error) {
    return formStateFromError(error);
  }
  redirect(`/catalogue/${hash}`);
}
