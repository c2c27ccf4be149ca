// Checks a credential's status entries (BitstringStatusListEntry v1.0, StatusList2021Entry) against
// their status lists. The caller's fetchStatusList must return the status list credential already
// verified (its proof, its issuer matching the credential's issuer): createStatusCheck does that.
import { systemClock, type Clock, type JsonObject, type VerificationCheck } from "@/lib/credentials/types";

import { decodeStatusList, readStatusValue } from "./decode-status-list";

/** The verified status list credential at `url`; null when it cannot be consulted offline. Throws when it cannot be obtained. */
export type FetchStatusList = (url: string) => Promise<JsonObject | null>;

export interface CheckCredentialStatusOptions {
  credential: JsonObject;
  fetchStatusList: FetchStatusList;
  clock?: Clock;
  /** Where the credential sits ("verifiableCredential[0]"); check paths are prefixed with it. */
  path?: string;
}

export interface StatusEntryResult {
  purpose: string;
  statusListCredential: string;
  index: number;
  /** The value read from the list, or null when it could not be read. */
  value: number | null;
}

export interface CredentialStatusResult {
  checks: VerificationCheck[];
  entries: StatusEntryResult[];
}

const ENTRY_TYPES: Record<string, "BitstringStatusList" | "StatusList2021"> = {
  BitstringStatusListEntry: "BitstringStatusList",
  StatusList2021Entry: "StatusList2021",
};

function typesOf(value: unknown): string[] {
  return [value].flat().filter((entry): entry is string => typeof entry === "string");
}

// Verdict ids: a failed "status.revoked" or "status.suspended" refuses the credential; other purposes
// ("message", "refresh"…) carry information rather than a verdict.
const VERDICTS: Record<string, { id: string; word: string }> = {
  revocation: { id: "status.revoked", word: "revoked" },
  suspension: { id: "status.suspended", word: "suspended" },
};

async function checkEntry(
  entry: JsonObject,
  path: string,
  options: CheckCredentialStatusOptions,
): Promise<{ checks: VerificationCheck[]; result?: StatusEntryResult }> {
  const listType = typesOf(entry.type)
    .map((type) => ENTRY_TYPES[type])
    .find(Boolean);
  const purpose = typeof entry.statusPurpose === "string" ? entry.statusPurpose : "unknown";
  const fail = (message: string, severity?: "warning") => ({
    checks: [{ id: "status.checked", passed: false, message: `Status not checked: ${message}`, path, ...(severity ? { severity } : {}) }],
  });
  if (!listType) return fail(`status type ${JSON.stringify(entry.type)} is not supported`);
  const url = entry.statusListCredential;
  const index = typeof entry.statusListIndex === "string" && /^\d+$/.test(entry.statusListIndex) ? Number(entry.statusListIndex) : NaN;
  if (typeof url !== "string" || !Number.isSafeInteger(index)) return fail("the entry lacks statusListCredential or a numeric statusListIndex");
  const size = entry.statusSize === undefined ? 1 : Number(entry.statusSize);
  if (!Number.isInteger(size) || size < 1 || size > 8) return fail(`statusSize ${JSON.stringify(entry.statusSize)} is not supported`);
  if ((purpose === "revocation" || purpose === "suspension") && size !== 1) return fail(`a ${purpose} status must be one bit`);

  let list: JsonObject | null;
  try {
    list = await options.fetchStatusList(url);
  } catch (error) {
    return fail(`the status list ${url} cannot be used (${(error as Error).message})`);
  }
  // Not a verdict: the list is simply out of reach, and the operator chose not to reach out.
  if (list === null) return fail(`the status list ${url} could not be consulted offline`, "warning");
  if (list.id !== undefined && list.id !== url) return fail(`the status list returned for ${url} is ${String(list.id)}`);
  const validUntil = list.validUntil ?? list.expirationDate;
  const now = (options.clock ?? systemClock).now();
  if (typeof validUntil === "string" && new Date(validUntil) < now) return fail(`the status list ${url} expired on ${validUntil}`);
  const subject = [list.credentialSubject].flat()[0] as JsonObject | undefined;
  if (!subject || typeof subject.encodedList !== "string") return fail(`the status list ${url} has no encodedList`);
  if (typeof subject.statusPurpose === "string" && subject.statusPurpose !== purpose) {
    return fail(`the status list ${url} is for ${subject.statusPurpose}, not ${purpose}`);
  }
  let value: number;
  try {
    value = readStatusValue({ bits: decodeStatusList({ encodedList: subject.encodedList, type: listType }), index, size });
  } catch (error) {
    return fail(`${(error as Error).message} (${url})`);
  }
  const result = { purpose, statusListCredential: url, index, value };
  const where = `status list ${url}, index ${index}`;
  const consulted: VerificationCheck = { id: "status.checked", passed: true, message: `Consulted the ${purpose} ${where}`, path };
  const verdict = VERDICTS[purpose];
  if (verdict) {
    const message = value === 0 ? `Not ${verdict.word} (${where})` : `${verdict.word[0]?.toUpperCase()}${verdict.word.slice(1)} according to ${where}`;
    return { checks: [consulted, { id: verdict.id, passed: value === 0, message, path }], result };
  }
  return { checks: [consulted, { id: `status.${purpose}`, passed: true, message: `Status ${purpose} is ${value} (${where})`, path }], result };
}

/**
 * Per status entry a "status.checked" check (failed, as a warning only, when the list cannot be consulted
 * offline) and, once the list was read, the verdict: "status.revoked", "status.suspended" or
 * "status.<purpose>". No checks when the credential has no credentialStatus.
 */
export async function checkCredentialStatus(options: CheckCredentialStatusOptions): Promise<CredentialStatusResult> {
  const raw = options.credential.credentialStatus;
  const list = [raw].flat().filter((entry) => entry !== undefined);
  const checks: VerificationCheck[] = [];
  const entries: StatusEntryResult[] = [];
  for (const [position, entry] of list.entries()) {
    const local = Array.isArray(raw) ? `credentialStatus[${position}]` : "credentialStatus";
    const path = options.path ? `${options.path}.${local}` : local;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      checks.push({ id: "status.checked", passed: false, message: "Status not checked: the entry is not an object", path });
      continue;
    }
    const { checks: entryChecks, result } = await checkEntry(entry as JsonObject, path, options);
    checks.push(...entryChecks);
    if (result) entries.push(result);
  }
  return { checks, entries };
}
