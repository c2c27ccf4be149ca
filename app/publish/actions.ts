"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, type FormState } from "@/app/_lib/form-state";
import { inspectSubmission } from "@/lib/catalogue/inspect-submission";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";
import { buildHealthDatasetCredential } from "@/lib/catalogue/build-health-dataset-credential";
import { buildServiceOfferingCredential, type ServiceOfferingForm } from "@/lib/catalogue/build-service-offering-credential";
import { buildLegalPersonCredential, type LegalPersonForm } from "@/lib/catalogue/build-legal-person-credential";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { AppError } from "@/lib/errors/app-error";
import { getEnv } from "@/lib/env";
import { termsFromFormData, termsToFormInput } from "@/components/health-dataset-terms";
import type { UploadState } from "@/components/upload-state";
import { DEFAULT_PSEUDONYMISATION_LEVEL } from "@/lib/vocabulary";
import { publishFormState } from "./form-errors";

function mediaType(text: string): string {
  return text.trim().startsWith("{") ? "application/ld+json" : "application/vc+jwt";
}

async function readUpload(formData: FormData): Promise<string> {
  const text = String(formData.get("document") ?? "");
  const t = await getTranslations("publish.errors");
  if (!text.trim()) throw new AppError("INVALID_INPUT", { message: t("noDocument") });
  const limit = getEnv().DATALOFT_MAX_BODY_BYTES;
  if (Buffer.byteLength(text) > limit)
    throw new AppError("PAYLOAD_TOO_LARGE", { message: t("tooLarge", { mebibytes: Math.round((limit / 2 ** 20) * 10) / 10 }) });
  return text;
}

async function signInFirst(): Promise<AppError> {
  const t = await getTranslations("publish.errors");
  return new AppError("UNAUTHENTICATED", { message: t("signIn") });
}

/** Checks an uploaded, already signed file and shows the verdict; stores nothing. */
export async function checkUploadAction(_previous: UploadState, formData: FormData): Promise<UploadState> {
  try {
    if (!(await getSessionActor())) throw await signInFirst();
    const text = await readUpload(formData);
    const contentType = mediaType(text);
    const verdict = await inspectSubmission({
      text,
      contentType,
      flags: { signatures: true, schema: true, rules: true },
      services: await getPipelineServices({ budget: "publisher" }),
    });
    return { verdict, text, contentType };
  } catch (error) {
    return { error: (await publishFormState(error)).error };
  }
}

/** Publishes the checked file; lands on the new entry page. */
export async function publishUploadAction(_previous: UploadState, formData: FormData): Promise<UploadState> {
  let hash: string;
  try {
    const actor = await getSessionActor();
    const text = await readUpload(formData);
    const { entry } = await publishSelfDescription({ actor, text, contentType: mediaType(text), services: await getPipelineServices({ budget: "publisher" }) });
    hash = entry.hash;
  } catch (error) {
    return { error: (await publishFormState(error)).error };
  }
  redirect(`/catalogue/${hash}`);
}

/** Signs a wizard's credential with the organisation's Ed25519 key and publishes it; returns the entry's hash. */
async function signAndPublish(build: (participant: { did: string; legalName: string }) => Record<string, unknown>): Promise<string> {
  const actor = await getSessionActor();
  const membership = actor?.memberships[0];
  if (!actor || !membership) throw await signInFirst();
  const participant = await getParticipantBySlug({ slug: membership.participantSlug });
  const credential = build(participant);
  const signed = await signWithParticipantKey({
    actor,
    participantId: participant.id,
    document: credential,
    format: "eddsa-rdfc-2022",
    documentLoader: await getContextLoader(),
  });
  const { entry } = await publishSelfDescription({
    actor,
    text: JSON.stringify(signed),
    contentType: "application/ld+json",
    services: await getPipelineServices({ budget: "publisher" }),
  });
  return entry.hash;
}

/** A subject id the browser proposed (so preview and signed credential agree), or a fresh one. */
function subjectIdFrom(formData: FormData): string {
  const subjectId = String(formData.get("subjectId") ?? "");
  return /^urn:uuid:[0-9a-f-]{36}$/.test(subjectId) ? subjectId : `urn:uuid:${crypto.randomUUID()}`;
}

/** The wizard: build the credential from the form, sign it with the organisation's key, publish. */
export async function publishWizardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let hash: string;
  try {
    hash = await signAndPublish(() =>
      buildHealthDatasetCredential(
        {
          title: String(formData.get("title") ?? ""),
          description: String(formData.get("description") ?? ""),
          keywords: String(formData.get("keywords") ?? ""),
          purposes: formData.getAll("purposes").map(String) as never,
          pseudonymisation: String(formData.get("pseudonymisation") ?? DEFAULT_PSEUDONYMISATION_LEVEL) as never,
          population: String(formData.get("population") ?? ""),
          codingSystems: String(formData.get("codingSystems") ?? ""),
          ...termsToFormInput(termsFromFormData(formData)),
        },
        { subjectId: subjectIdFrom(formData) },
      ),
    );
  } catch (error) {
    return publishFormState(error);
  }
  redirect(`/catalogue/${hash}`);
}

const SERVICE_FIELDS = [
  "name",
  "description",
  "keywords",
  "providedBy",
  "policy",
  "termsUrl",
  "termsHash",
  "requestType",
  "accessType",
  "formatType",
  "dataProtectionRegime",
  "endpointUrl",
];

/** Service offering kind of the wizard (Gaia-X 22.10 ServiceOffering). */
export async function publishServiceOfferingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, SERVICE_FIELDS);
  let hash: string;
  try {
    const offerTerms = {
      offerPurposes: formData.getAll("offerPurposes").map(String),
      offerMaxDurationDays: String(formData.get("offerMaxDurationDays") ?? "").trim() || undefined,
      offerRegions: String(formData.get("offerRegions") ?? "")
        .split(/[\s,]+/)
        .filter(Boolean),
      offerRecipientTypes: formData.getAll("offerRecipientTypes").map(String),
    };
    hash = await signAndPublish((participant) =>
      buildServiceOfferingCredential({ ...values, ...offerTerms } as ServiceOfferingForm, { issuer: participant.did, subjectId: subjectIdFrom(formData) }),
    );
  } catch (error) {
    return publishFormState(error, values);
  }
  redirect(`/catalogue/${hash}`);
}

const PARTICIPANT_FIELDS = [
  "legalName",
  "description",
  "registrationKind",
  "registrationNumber",
  "countryCode",
  "streetAddress",
  "postalCode",
  "locality",
  "headquartersCountryCode",
  "headquartersLocality",
];

/** Participant kind of the wizard (Gaia-X Loire LegalPerson); a new one deprecates the previous version. */
export async function publishLegalPersonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, PARTICIPANT_FIELDS);
  let hash: string;
  try {
    hash = await signAndPublish((participant) =>
      buildLegalPersonCredential(values as LegalPersonForm, { issuer: participant.did, subjectId: `${participant.did}#legal-person` }),
    );
  } catch (error) {
    return publishFormState(error, values);
  }
  redirect(`/catalogue/${hash}`);
}
