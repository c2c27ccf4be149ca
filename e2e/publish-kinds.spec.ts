import { expect, test, type Page } from "@playwright/test";
import { newOrganisation, signUp } from "./support";

// The wizard's other kinds: a service offering (Gaia-X 22.10) and the organisation itself as a
// participant (Gaia-X Loire legal person). Each shows a live validation error, is fixed, signed with
// the organisation's portal key, published, and lands on its entry page.

async function organisationWithKey(page: Page, label: string) {
  const organisation = newOrganisation(label);
  await signUp(page, organisation);
  await page.getByLabel("Algorithm").selectOption("Ed25519");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByTestId("key-row")).toHaveCount(1);
  return organisation;
}

async function storedEntry(page: Page) {
  const hash = new URL(page.url()).pathname.split("/").pop()!;
  const response = await page.request.get(`/api/v1/self-descriptions/${hash}`);
  expect(response.status()).toBe(200);
  return response.json();
}

test("a service offering: live error for missing terms, fixed, published as a Gaia-X 22.10 credential, shown with its graph", async ({ page }) => {
  await organisationWithKey(page, "Service Clinic");
  await page.goto("/publish");
  await page
    .getByRole("navigation", { name: "What to describe" })
    .getByRole("link", { name: /Service offering/ })
    .click();
  await expect(page).toHaveURL(/kind=service/);
  await expect(page.getByTestId("wizard-kind")).toHaveText("Service offering");

  const marker = `Pangolin${Date.now()}`;
  await page.getByLabel("Service name").fill(`${marker} FHIR export`);
  await page.getByLabel("What the service does").fill("Exports ward records as FHIR bundles under an agreed contract");
  // Helpful defaults are filled in already.
  await expect(page.getByLabel("Export format (media type)")).toHaveValue("application/fhir+json");
  await expect(page.getByLabel("Access and usage policy")).toHaveValue(/contract/);
  const live = page.getByTestId("live-validation");
  await expect(live).toContainText(/termsAndConditions/i);
  await expect(page.getByTestId("json-ld-preview")).toContainText('"type": "gx:ServiceOffering"');

  await page.getByLabel("Terms and conditions URL").fill("https://service-clinic.example/terms.pdf");
  await page.getByLabel("Terms and conditions SHA-256").fill("9f".repeat(32));
  await expect(live).toContainText("No problems: this service offering conforms to the Gaia-X 22.10 shapes");
  await expect(live).toContainText(/Warning/);

  // The offer under which the service can be requested.
  await page.getByRole("group", { name: "Purposes of use (EHDS Art. 53)" }).getByLabel("Scientific research").check();
  await page.getByLabel("Maximum duration of use in days").fill("120");
  await expect(page.getByTestId("json-ld-preview")).toContainText("odrl:hasPolicy");
  await expect(live).toContainText("No problems: this service offering conforms to the Gaia-X 22.10 shapes");

  await page.getByRole("button", { name: "Sign with the organisation key and publish" }).click();
  await expect(page.getByTestId("entry-title")).toHaveText(`${marker} FHIR export`);
  await expect(page.getByTestId("request-access")).toContainText("Use is permitted for scientific research only, for at most 120 days.");
  await expect(page.getByTestId("trust-verdict")).toContainText("Yes");
  const graph = page.getByTestId("credential-graph");
  await expect(graph.getByRole("img", { name: /Graph of the credential/ })).toBeVisible();
  await graph.getByText("The graph as a list of links").click();
  await expect(page.getByTestId("credential-graph-links")).toContainText("ServiceOffering — termsAndConditions →");
  await expect(page.getByTestId("credential-graph-links")).toContainText("— providedBy → did:web:");

  const entry = await storedEntry(page);
  expect(entry).toMatchObject({ status: "ACTIVE", trustFramework: "gaia-x-22.10", title: `${marker} FHIR export`, verification: { verified: true } });
  expect(entry.types).toEqual(expect.arrayContaining([expect.stringMatching(/ServiceOffering$/)]));
});

test("a participant: live error for the missing registration number, fixed, published as a Gaia-X Loire legal person", async ({ page }) => {
  const organisation = await organisationWithKey(page, "Participant Institute");
  await page.goto("/publish?kind=participant");
  await expect(page.getByTestId("wizard-kind")).toHaveText("Participant");
  // Defaults come from the organisation's profile.
  await expect(page.getByLabel("Legal name")).toHaveValue(organisation.legalName);
  await expect(page.getByLabel("Country (two letters)", { exact: true })).toHaveValue("DE");

  await page.getByLabel("Street and number").fill("Forschungsallee 7");
  await page.getByLabel("Postal code").fill("10115");
  await page.getByLabel("City", { exact: true }).fill("Berlin");
  const live = page.getByTestId("live-validation");
  await expect(live).toContainText(/registrationNumber/i);

  await page.getByLabel("Registration number type").selectOption("vatID");
  await page.getByLabel("Registration number", { exact: true }).fill("DE811907980");
  await expect(live).toContainText("No problems: this participant conforms to the Gaia-X Loire (25.11) shapes");
  await expect(page.getByTestId("json-ld-preview")).toContainText('"gx:vatID": "DE811907980"');

  await page.getByRole("button", { name: "Sign with the organisation key and publish" }).click();
  await expect(page.getByTestId("entry-title")).toHaveText(organisation.legalName);
  await expect(page.getByTestId("trust-verdict")).toContainText("Yes");
  await page.getByTestId("credential-graph").getByText("The graph as a list of links").click();
  await expect(page.getByTestId("credential-graph-links")).toContainText("LegalPerson — registrationNumber → VatID");

  const entry = await storedEntry(page);
  expect(entry).toMatchObject({ status: "ACTIVE", trustFramework: "gaia-x-25.11", verification: { verified: true } });
  expect(entry.subjectIds).toEqual([expect.stringMatching(/^did:web:.+#legal-person$/)]);
});

test("a participant form with a malformed country is refused in words and nothing is published", async ({ page }) => {
  await organisationWithKey(page, "Careless Clinic");
  await page.goto("/publish?kind=participant");
  await page.getByLabel("Registration number", { exact: true }).fill("DE811907980");
  await page.getByLabel("Country (two letters)", { exact: true }).fill("Germany");
  await page.getByRole("button", { name: "Sign with the organisation key and publish" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields" })).toBeVisible();
  await expect(page.getByText("Use the two-letter country code, e.g. DE")).toBeVisible();
  await expect(page).toHaveURL(/\/publish/);
});
