import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

// Contract negotiation between two organisations of the demo data space, each in its own browser
// context, and the citizen's consent in hers. Each test publishes its own dataset through the wizard.

const DEMO_PASSWORD = "dataloft-demo-2026";
const HOSPITAL = { email: "datasteward@uniklinik-musterstadt.example", name: "Universitätsklinikum Musterstadt" };
const INSTITUTE = { email: "studies@ivf-research.example", name: "Institut für Versorgungsforschung e. V." };
const CITIZEN = { email: "erika@citizen.example" };

async function signedIn(browser: Browser, baseURL: string, email: string, next: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
  return page;
}

/** The hospital publishes a dataset for scientific research, at most 365 days, through the wizard; returns its hash. */
async function publishDataset(hospital: Page, options: { title: string; consentParticipant?: string }): Promise<string> {
  await hospital.goto("/publish");
  await hospital.getByLabel("Title").fill(options.title);
  await hospital.getByLabel("Description").fill("Blood pressure series of patients of the cardiology ward");
  await hospital.getByLabel("Scientific research").check();
  await hospital.getByLabel("Population covered").fill("Adults treated for hypertension");
  await hospital.getByLabel("Coding systems (IRIs, comma-separated)").fill("http://loinc.org");
  await hospital.getByLabel("Maximum duration of use in days").fill("365");
  await hospital.getByLabel("Research organisations").check();
  if (options.consentParticipant) await hospital.getByLabel("Citizens' DIDs (one per line)").fill(options.consentParticipant);
  await expect(hospital.getByTestId("live-validation")).toContainText("No problems");
  await hospital.getByRole("button", { name: "Sign with the organisation key and publish" }).click();
  await expect(hospital.getByTestId("entry-title")).toHaveText(options.title);
  return new URL(hospital.url()).pathname.split("/").pop()!;
}

/** The institute requests access from the entry page and lands on the new contract; returns its id. */
async function requestAccess(institute: Page, hash: string, durationDays: number): Promise<string> {
  await institute.goto(`/catalogue/${hash}`);
  const form = institute.getByTestId("request-access-form");
  await form.getByLabel("Purpose of use").selectOption({ label: "Scientific research" });
  await form.getByLabel("Duration in days").fill(String(durationDays));
  await form.getByRole("button", { name: "Request access" }).click();
  await expect(institute).toHaveURL(/\/contracts\/[^/]+$/);
  await expect(institute.getByTestId("contract-state")).toHaveText("Requested");
  return new URL(institute.url()).pathname.split("/").pop()!;
}

async function move(page: Page, button: string, state: string) {
  await page.getByTestId("contract-moves").getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByTestId("contract-state")).toHaveText(state);
}

async function storedContract(baseURL: string, id: string) {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  const response = await api.get(`/api/v1/contracts/${id}`);
  expect(response.status()).toBe(200);
  const contract = await response.json();
  await api.dispose();
  return contract;
}

async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    blocking.map(
      (violation) =>
        `${name}: ${violation.id} — ${violation.help} (${violation.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
  await page.screenshot({ path: `e2e/artifacts/screens/${name}.png`, fullPage: true });
}

test("a research institute requests a hospital's dataset for scientific research; the hospital counter-offers a shorter duration, the institute accepts, the agreement is signed and verified", async ({
  browser,
  baseURL,
  page,
}) => {
  const title = `Kardio${Date.now()} blood pressure registry`;
  const hospital = await signedIn(browser, baseURL!, HOSPITAL.email, "/publish");
  const hash = await publishDataset(hospital, { title });
  await expect(hospital.getByTestId("request-access")).toContainText("Your organisation provides this entry");
  await expect(hospital.getByTestId("request-access-form")).toHaveCount(0);

  await page.goto(`/catalogue/${hash}`);
  await expect(page.getByTestId("offer-terms")).toContainText(
    "Use is permitted for scientific research only, for at most 365 days, by research organisations.",
  );
  await expect(page.getByRole("link", { name: "Sign in to request access" })).toBeVisible();
  await expect(page.getByTestId("consent-based-notice")).toHaveCount(0);

  const institute = await signedIn(browser, baseURL!, INSTITUTE.email, `/catalogue/${hash}`);
  await expect(institute.getByTestId("request-access-form")).toBeVisible();
  await expectAccessible(institute, "entry-request-access");
  const contractId = await requestAccess(institute, hash, 300);
  await expect(institute.getByTestId("contract-purpose")).toHaveText("Scientific research");
  await expect(institute.getByTestId("contract-duration")).toHaveText("300 days");

  await hospital.goto("/contracts");
  const inboxRow = hospital.getByTestId("contracts-inbox").getByTestId("contract-row").filter({ hasText: title });
  await expect(inboxRow).toContainText(INSTITUTE.name);
  await expect(inboxRow).toContainText("Requested");
  await expect(inboxRow).toContainText("Make a counter-offer or Agree and sign");
  await inboxRow.getByRole("link", { name: title }).click();
  await hospital.getByLabel("Maximum duration in days").fill("90");
  await move(hospital, "Send counter-offer", "Counter-offered");
  await expect(hospital.getByTestId("contract-duration")).toHaveText("90 days");
  await expect(hospital.getByTestId("contract-offer-terms")).toContainText("for at most 90 days");

  await institute.goto("/contracts");
  const outboxRow = institute.getByTestId("contracts-outbox").getByTestId("contract-row").filter({ hasText: title });
  await expect(outboxRow).toContainText(HOSPITAL.name);
  await expect(outboxRow).toContainText("Counter-offered");
  await expect(outboxRow).toContainText("Accept the offer");
  await outboxRow.getByRole("link", { name: title }).click();
  await expect(institute.getByTestId("contract-timeline")).toContainText(`${HOSPITAL.name} made a counter-offer`);
  await move(institute, "Accept the offer", "Offer accepted");

  await hospital.reload();
  await move(hospital, "Agree and sign", "Agreed and signed");
  await institute.reload();
  await expect(institute.getByTestId("agreement-verification")).toContainText("Not verified by the consumer yet.");
  await move(institute, "Verify the agreement", "Verified");
  await expect(institute.getByTestId("agreement-verification")).toContainText("The consumer verified the agreement");
  await institute.getByText("Agreement credential (JSON)").click();
  await expect(institute.getByText(/"cryptosuite": "eddsa-rdfc-2022"/)).toBeVisible();
  await hospital.reload();
  await expect(hospital.getByTestId("contract-state")).toHaveText("Verified");

  const stored = await storedContract(baseURL!, contractId);
  expect(stored).toMatchObject({
    state: "VERIFIED",
    purpose: "ScientificResearch",
    durationDays: 90,
    provider: { name: HOSPITAL.name },
    consumer: { name: INSTITUTE.name },
  });
  expect(stored.agreement).toMatchObject({ proof: { cryptosuite: "eddsa-rdfc-2022" }, credentialSubject: { purposeOfUse: ["ScientificResearch"] } });
  expect(stored.events.map((event: { type: string }) => event.type)).toEqual(["request", "offer", "accept", "agree", "verify"]);
});

test("a dataset with consent-based data needs the citizen's consent, granted in her own browser, before the hospital can agree; her withdrawal terminates the agreement for both parties", async ({
  browser,
  baseURL,
  request,
}) => {
  const erikaDid = (await (await request.get("/participants/erika-mustermann/did.json")).json()).id as string;
  const title = `Konsens${Date.now()} home blood pressure series`;
  const hospital = await signedIn(browser, baseURL!, HOSPITAL.email, "/publish");
  const hash = await publishDataset(hospital, { title, consentParticipant: erikaDid });

  const institute = await signedIn(browser, baseURL!, INSTITUTE.email, `/catalogue/${hash}`);
  await expect(institute.getByTestId("consent-based-notice")).toContainText("Each citizen whose data is included will be asked for consent");
  const contractId = await requestAccess(institute, hash, 180);
  await expect(institute.getByTestId("contract-consents")).toContainText("1 citizen was asked for consent: 1 still to decide");

  await hospital.goto(`/contracts/${contractId}`);
  await expect(hospital.getByTestId("contract-consents")).toContainText("Waiting for 1 citizen to decide");
  await expect(hospital.getByTestId("contract-consents")).not.toContainText("Erika");
  await expectAccessible(hospital, "contract-requested");
  await hospital.getByTestId("contract-moves").getByRole("button", { name: "Agree and sign", exact: true }).click();
  await expect(hospital.getByRole("alert").filter({ hasText: "needs the consent of every citizen" })).toContainText("1 pending");
  await expect(hospital.getByTestId("contract-state")).toHaveText("Requested");

  const erika = await signedIn(browser, baseURL!, CITIZEN.email, "/consent");
  const consent = erika.getByTestId("consent-item").filter({ hasText: title });
  await expect(consent.getByTestId("consent-recipient")).toHaveText(INSTITUTE.name);
  await expect(consent.getByTestId("consent-status")).toHaveText("Waiting for your decision");
  await expectAccessible(erika, "consent-pending");
  await consent.getByRole("button", { name: "Grant consent…" }).click();
  await expect(consent).toContainText(`${INSTITUTE.name} may use your data in “${title}” from ${HOSPITAL.name} for scientific research, for 180 days.`);
  await consent.getByRole("button", { name: "Yes, grant consent" }).click();
  await expect(consent.getByTestId("consent-status")).toContainText("Granted");

  await hospital.reload();
  await expect(hospital.getByTestId("contract-consents")).toContainText("Every citizen concerned has granted consent.");
  await move(hospital, "Agree and sign", "Agreed and signed");
  await institute.reload();
  await move(institute, "Verify the agreement", "Verified");
  await hospital.reload();
  await move(hospital, "Finalize the agreement", "Finalized");

  await erika.reload();
  await expect(consent.getByTestId("consent-contract-state")).toHaveText("Finalized");
  await consent.getByRole("button", { name: "Withdraw consent…" }).click();
  await expect(consent).toContainText(`${INSTITUTE.name} will lose access at once`);
  await consent.getByLabel("Reason (optional)").fill("I changed my mind");
  await consent.getByRole("button", { name: "Yes, withdraw consent" }).click();
  await expect(consent.getByTestId("consent-status")).toContainText("Withdrawn");
  await expect(consent.getByTestId("consent-contract-state")).toHaveText("Terminated");
  const log = erika.getByTestId("access-log-row").filter({ hasText: title });
  await expect(log.filter({ hasText: "was granted access: the provider signed the agreement" })).toHaveCount(1);
  await expect(log.filter({ hasText: "lost access: the consent was withdrawn" })).toContainText("Scientific research");

  for (const party of [hospital, institute]) {
    await party.goto(`/contracts/${contractId}`);
    await expect(party.getByTestId("contract-state")).toHaveText("Terminated");
    await expect(party.getByTestId("contract-timeline")).toContainText("A citizen withdrew consent, which ended the agreement");
    await expect(party.getByTestId("contract-timeline")).toContainText("Reason: I changed my mind");
    await party.goto("/contracts");
    await expect(party.getByTestId("contract-row").filter({ hasText: title }).getByTestId("contract-row-state")).toHaveText("Terminated");
  }
  const stored = await storedContract(baseURL!, contractId);
  expect(stored).toMatchObject({ state: "TERMINATED", consents: [{ status: "WITHDRAWN" }] });
  expect(stored.events.map((event: { type: string }) => event.type)).toEqual([
    "request",
    "consent.granted",
    "agree",
    "verify",
    "finalize",
    "consent.withdrawn",
    "withdraw-consent",
  ]);

  await expectAccessible(hospital, "contracts");
  await hospital.goto(`/contracts/${contractId}`);
  await expectAccessible(hospital, "contract-terminated");
  await erika.reload();
  await expectAccessible(erika, "consent");
  for (const [party, path, name] of [
    [hospital, "/contracts", "contracts-phone"],
    [hospital, `/contracts/${contractId}`, "contract-phone"],
    [erika, "/consent", "consent-phone"],
  ] as const) {
    await party.setViewportSize({ width: 390, height: 844 });
    await party.goto(path);
    await expectAccessible(party, name);
  }
});
