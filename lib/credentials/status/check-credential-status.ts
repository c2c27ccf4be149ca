// Checks a credential's status entries (BitstringStatusListEntry v1.0, StatusList2021Entry) against
// their status lists. The caller's fetchStatusList must return the status list credential already
// verified (its proof, its issuer matching the credential's issuer): that is out of scope here.
import { systemClock, type Clock, type JsonObject, type VerificationCheck } from "@/lib/credentials/types";

import { decodeStatusList, readStatusValue } from "./decode-status-list";

export type FetchStatusList = (url: string) => Promise<JsonObject>;

export interface CheckCredentialStatusOptions {
  credential: JsonObject;
  fetchStatusList: FetchStatusList;
  clock?: Clock;
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

async function checkEntry(entry: JsonObject, path: string, options: CheckCredentialStatusOptions): Promise<{ check: VerificationCheck; result?: StatusEntryResult }> {
  const listType = typesOf(entry.type).map((type) => ENTRY_TYPES[type]).find(Boolean);
  const purpose = typeof entry.statusPurpose === "string" ? entry.statusPurpose : "unknown";
  const id = `status.${purpose}`;
  const fail = (message: string) => ({ check: { id, passed: false, message: `Status not checked: ${message}`, path } });
  if (!listType) return fail(`status type ${JSON.stringify(entry.type)} is not supported`);
  const url = entry.statusListCredential;
  const index = typeof entry.statusListIndex === "string" && /^\d+$/.test(entry.statusListIndex) ? Number(entry.statusListIndex) : NaN;
  if (typeof url !== "string" || !Number.isSafeInteger(index)) return fail("the entry lacks statusListCredential or a numeric statusListIndex");
  const size = entry.statusSize === undefined ? 1 : Number(entry.statusSize);
  if (!Number.isInteger(size) || size < 1 || size > 8) return fail(`statusSize ${JSON.stringify(entry.statusSize)} is not supported`);
  if ((purpose === "revocation" || purpose === "suspension") && size !== 1) return fail(`a ${purpose} status must be one bit`);

  let list: JsonObject;
  try {
    list = await options.fetchStatusList(url);
  } catch (error) {
    return fail(`the status list ${url} cannot be obtained (${(error as Error).message})`);
  }
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
  if (purpose === "revocation" || purpose === "suspension") {
    const word = purpose === "revocation" ? "revoked" : "suspended";
    return { check: { id, passed: value === 0, message: value === 0 ? `Not ${word} (${where})` : `${word[0]?.toUpperCase()}${word.slice(1)} according to ${where}`, path }, result };
  }
  // Other purposes ("message", "refresh"…) carry information rather than a verdict.
  return { check: { id, passed: true, message: `Status ${purpose} is ${value} (${where})`, path }, result };
}

/** One "status.<purpose>" check per status entry; no checks when the credential has no credentialStatus. */
export async function checkCredentialStatus(options: CheckCredentialStatusOptions): Promise<CredentialStatusResult> {
  const raw = options.credential.credentialStatus;
  const list = [raw].flat().filter((entry) => entry !== undefined);
  const checks: VerificationCheck[] = [];
  const entries: StatusEntryResult[] = [];
  for (const [position, entry] of list.entries()) {
    const path = Array.isArray(raw) ? `credentialStatus[${position}]` : "credentialStatus";
    if (!entry || typeof entry !== "object") {
      checks.push({ id: "status.unknown", passed: false, message: "Status not checked: the entry is not an object", path });
      continue;
    }
    const { check, result } = await checkEntry(entry as JsonObject, path, options);
    checks.push(check);
    if (result) entries.push(result);
  }
  return { checks, entries };
}
