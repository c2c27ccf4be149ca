"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formValues, translatedFormState, type FormState } from "@/app/_lib/form-state";
import type { Actor } from "@/lib/auth/actor";
import { acceptContractOffer } from "@/lib/contracts/accept-contract-offer";
import { agreeContract } from "@/lib/contracts/agree-contract";
import { finalizeContract } from "@/lib/contracts/finalize-contract";
import { offerContract } from "@/lib/contracts/offer-contract";
import { requestContractAgain } from "@/lib/contracts/request-contract-again";
import { terminateContract } from "@/lib/contracts/terminate-contract";
import { verifyContractAgreement } from "@/lib/contracts/verify-contract-agreement";
import { stateWords } from "@/components/contract-words";

// Form adapters of the contract page: each move calls its lib use case (which authorises), then the
// page is rendered again with the new state.

type Move = (options: { actor: Actor | null; contractId: string }) => Promise<{ state: string }>;

async function runMove(formData: FormData, fields: string[], move: Move): Promise<FormState> {
  const values = formValues(formData, ["contractId", ...fields]);
  try {
    const contract = await move({ actor: await getSessionActor(), contractId: values.contractId ?? "" });
    revalidatePath(`/contracts/${values.contractId}`);
    revalidatePath("/contracts");
    const [t, locale] = await Promise.all([getTranslations("contracts"), getLocale()]);
    const state = stateWords(contract.state, locale);
    return { success: t("moves.done", { state: locale === "en" ? state.toLowerCase() : state }) };
  } catch (error) {
    return translatedFormState(error, values);
  }
}

const optionalNumber = (value: FormDataEntryValue | null) => (value === null || String(value).trim() === "" ? undefined : Number(value));
const optionalList = (value: FormDataEntryValue | null) =>
  value === null || String(value).trim() === ""
    ? undefined
    : String(value)
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean);

export async function acceptOfferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runMove(formData, [], acceptContractOffer);
}

export async function agreeContractAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runMove(formData, [], agreeContract);
}

export async function verifyAgreementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runMove(formData, [], verifyContractAgreement);
}

export async function finalizeContractAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runMove(formData, [], finalizeContract);
}

export async function terminateContractAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const reason = String(formData.get("reason") ?? "").trim();
  return runMove(formData, ["reason"], (options) => terminateContract({ ...options, reason: reason || undefined }));
}

/** The provider's counter-offer: only the terms filled in change. */
export async function counterOfferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const changes = {
    maxDurationDays: optionalNumber(formData.get("maxDurationDays")),
    regions: optionalList(formData.get("regions")),
    ...(formData.get("pseudonymisationRequired") === "on" ? { pseudonymisationRequired: true } : {}),
  };
  return runMove(formData, ["maxDurationDays", "regions"], (options) => offerContract({ ...options, changes }));
}

/** The consumer answers a counter-offer with a new request (another purpose or duration within it). */
export async function requestAgainAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = { purpose: (String(formData.get("purpose") ?? "") || undefined) as never, durationDays: optionalNumber(formData.get("durationDays")) };
  return runMove(formData, ["purpose", "durationDays"], (options) => requestContractAgain({ ...options, input }));
}
