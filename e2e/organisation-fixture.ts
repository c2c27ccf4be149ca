import { expect, type APIRequestContext, type Browser, request as playwrightRequest } from "@playwright/test";
import { newOrganisation, signUp } from "./support";

export interface TestOrganisation {
  api: APIRequestContext;
  slug: string;
  did: string;
  token: string;
}

/** Signs an organisation up through the pages, gives it both key types and an admin API token. */
export async function createOrganisation(browser: Browser, baseURL: string, label: string): Promise<TestOrganisation> {
  const page = await browser.newPage({ baseURL });
  await signUp(page, newOrganisation(label));
  for (const algorithm of ["Ed25519", "P-256"]) {
    await page.getByLabel("Algorithm").selectOption(algorithm);
    await page.getByRole("button", { name: "Create key" }).click();
  }
  await expect(page.getByTestId("key-row")).toHaveCount(2);
  await page.getByLabel("Token name").fill("automation");
  await page.getByLabel("Permissions").selectOption("PARTICIPANT_ADMIN");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("created-secret").inputValue();
  const did = (await page.getByTestId("participant-did").textContent()) ?? "";
  await page.close();
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const me = await (await api.get("/api/v1/me")).json();
  return { api, slug: me.memberships[0].participant, did, token };
}

export function healthDataset(title: string, extra: Record<string, unknown> = {}) {
  return {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      { dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/" },
      "https://w3id.org/dataloft/health/v1",
    ],
    type: ["VerifiableCredential"],
    validFrom: "2026-01-01T00:00:00Z",
    ...extra,
    credentialSubject: {
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: "dcat:Dataset",
      "dct:title": title,
      "dct:description": "Synthetic records for tests",
      purposeOfUse: ["EducationTeaching"],
      legalBasis: ["http://data.europa.eu/eli/reg/2025/327/oj"],
      pseudonymisationLevel: "Synthetic",
      healthTheme: ["http://publications.europa.eu/resource/authority/data-theme/HEAL"],
      population: { en: "Synthetic population" },
      codingSystem: ["http://snomed.info/sct"],
    },
  };
}
