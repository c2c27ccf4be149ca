"use server";

import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { formStateFromError, formValues, type FormState } from "@/app/_lib/form-state";
import { requestContract } from "@/lib/contracts/request-contract";

const FIELDS = ["selfDescriptionHash", "offerId", "purpose", "durationDays", "consumerParticipantId"];

/** The entry page's "Request access" form: one contract request, then the contract's page. */
export async function requestAccessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FIELDS);
  let contractId: string;
  try {
    const contract = await requestContract({
      actor: await getSessionActor(),
      input: {
        selfDescriptionHash: values.selfDescriptionHash ?? "",
        offerId: values.offerId ?? "",
        purpose: values.purpose as never,
        durationDays: values.durationDays ?? "",
        consumerParticipantId: values.consumerParticipantId || undefined,
      },
    });
    contractId = contract.id;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/contracts/${contractId}`);
}
