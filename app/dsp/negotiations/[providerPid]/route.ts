import { contractNegotiation } from "@/lib/dsp/negotiation-serialize";
import { findNegotiation } from "@/lib/dsp/find-negotiation";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";
import { dspRoute } from "../_lib/dsp-route";

export const GET = dspRoute(async ({ actor, providerPid }) => Response.json(contractNegotiation(await findNegotiation({ actor, providerPid: providerPid! }))));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
