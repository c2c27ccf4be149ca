// A Dataspace Protocol (2024-1) consumer client in plain fetch and protocol shapes, for tests: against
// the route handlers (integration) and against a running portal over HTTP (system).

const DSP = "https://w3id.org/dspace/2024/1/context.json";
export const HEALTH = "https://w3id.org/dataloft/health#";

export function dspClient(options: { baseUrl: string; token: string; fetch: (url: string, init?: RequestInit) => Promise<Response> }) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await options.fetch(`${options.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${options.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!text) throw new Error(`${method} ${path} answered ${response.status} with an empty body`);
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  };
  const pid = (providerPid: string) => encodeURIComponent(providerPid);
  return {
    call,
    request: (message: Record<string, unknown>) =>
      call("POST", "/dsp/negotiations/request", { "@context": DSP, "@type": "dspace:ContractRequestMessage", ...message }),
    get: (providerPid: string) => call("GET", `/dsp/negotiations/${pid(providerPid)}`),
    agreement: (providerPid: string) => call("GET", `/dsp/negotiations/${pid(providerPid)}/agreement`),
    event: (providerPid: string, consumerPid: string, eventType: string) =>
      call("POST", `/dsp/negotiations/${pid(providerPid)}/events`, {
        "@context": DSP,
        "@type": "dspace:ContractNegotiationEventMessage",
        "dspace:providerPid": providerPid,
        "dspace:consumerPid": consumerPid,
        "dspace:eventType": eventType,
      }),
    verify: (providerPid: string, consumerPid: string) =>
      call("POST", `/dsp/negotiations/${pid(providerPid)}/agreement/verification`, {
        "@context": DSP,
        "@type": "dspace:ContractAgreementVerificationMessage",
        "dspace:providerPid": providerPid,
        "dspace:consumerPid": consumerPid,
      }),
    terminate: (providerPid: string, consumerPid: string) =>
      call("POST", `/dsp/negotiations/${pid(providerPid)}/termination`, {
        "@context": DSP,
        "@type": "dspace:ContractNegotiationTerminationMessage",
        "dspace:providerPid": providerPid,
        "dspace:consumerPid": consumerPid,
        "dspace:code": "consumer.cancelled",
        "dspace:reason": [{ "@value": "no longer needed" }],
      }),
  };
}

export const offerMessage = (offerId: string, hash: string, days = 200) => ({
  "@id": offerId,
  "@type": "odrl:Offer",
  "odrl:target": hash,
  "odrl:permission": [
    {
      "odrl:action": "odrl:use",
      "odrl:constraint": [
        { "odrl:leftOperand": "odrl:purpose", "odrl:operator": "odrl:eq", "odrl:rightOperand": `${HEALTH}ScientificResearch` },
        { "odrl:leftOperand": "odrl:elapsedTime", "odrl:operator": "odrl:lteq", "odrl:rightOperand": `P${days}D` },
      ],
    },
  ],
});
