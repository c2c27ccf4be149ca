import type { DidDocument, JsonObject, VerificationCheck } from "@/lib/credentials/types";

import { absoluteDidUrl } from "./resolve-verification-method";

export interface CheckKeyBindingOptions {
  verificationMethodId: string;
  verificationMethod: JsonObject;
  didDocument: DidDocument;
  /** Issuer of a credential or holder of a presentation; null when the document names none. */
  expectedController: string | null;
  /** "warn" reports a foreign key as a warning (XFSC test files sign for other issuers). */
  keyControllerPolicy: "require" | "warn";
  /** The relationship the proof purpose needs (default assertionMethod). */
  relationship?: "assertionMethod" | "authentication";
  path?: string;
}

/** "key.authorized" (listed under the purpose's relationship) and "key.controller" (issuer controls the key). */
export function checkKeyBinding(options: CheckKeyBindingOptions): VerificationCheck[] {
  const { didDocument, verificationMethodId, expectedController, path } = options;
  const relationship = options.relationship ?? "assertionMethod";
  const listedMethods = ([] as unknown[]).concat(didDocument[relationship] ?? []);
  const listed = listedMethods.some((entry) => {
    const id = typeof entry === "string" ? entry : (entry as { id?: unknown } | null)?.id;
    return typeof id === "string" && absoluteDidUrl(id, didDocument.id) === verificationMethodId;
  });
  const authorized: VerificationCheck = {
    id: "key.authorized",
    passed: listed,
    message: listed
      ? `${verificationMethodId} is an ${relationship} key of ${didDocument.id}`
      : `${verificationMethodId} is not listed under ${relationship} in ${didDocument.id}`,
    path,
  };
  const controller = typeof options.verificationMethod.controller === "string" ? options.verificationMethod.controller : didDocument.id;
  let controlled: VerificationCheck;
  if (expectedController === null) {
    controlled = { id: "key.controller", passed: true, message: "No issuer or holder named: key controller not compared", path };
  } else {
    // Both must match: a DID document can claim any controller for a key it lists.
    const matches = controller === expectedController && didDocument.id === expectedController;
    controlled = {
      id: "key.controller",
      passed: matches,
      message: matches
        ? `Key controlled by ${expectedController}`
        : didDocument.id === expectedController
          ? `Key ${verificationMethodId} of ${expectedController} names ${controller} as its controller, so ${expectedController} does not control it`
          : `Key belongs to ${didDocument.id} (controller ${controller}), not to ${expectedController}`,
      path,
      ...(matches || options.keyControllerPolicy === "require" ? {} : { severity: "warning" as const }),
    };
  }
  return [authorized, controlled];
}
