import { AppError } from "@/lib/errors/app-error";
import type { CheckOutcome } from "./check-submission";

export interface Refusal {
  /** The error a door that answers a person throws (problem+json: 422 with the failed checks). */
  error: AppError;
  /** The same in one short line, for sync reports ("not authentic: …", "does not conform to …: …"). */
  reason: string;
}

/**
 * Why a checked submission may not enter the catalogue, the same for every storing door (publish
 * throws the error; harvest records the reason); null when it may.
 */
export function refusalOf(outcome: Pick<CheckOutcome, "verification" | "validation">): Refusal | null {
  const { verification, validation } = outcome;
  if (verification && !verification.verified) {
    const failed = verification.checks.filter((check) => !check.passed && check.severity !== "warning").map((check) => check.message);
    const why = failed.join("; ") || verification.errors.join("; ") || "verification failed";
    return {
      error: new AppError("VERIFICATION_FAILED", { message: `The credential is not authentic: ${why}`, details: { verification } }),
      reason: `not authentic: ${why}`,
    };
  }
  if (validation && validation.conforms === null) {
    const subjects = (validation.unvalidated ?? []).map((item) => `${item.subject} (${item.types.join(", ") || "no type"})`);
    return {
      error: new AppError("VALIDATION_FAILED", {
        message: `The self-description was not validated: no shape of this catalogue applies to ${subjects.length ? subjects.join("; ") : "its credential subjects"}. Describe it with a type the catalogue knows (a Gaia-X or HealthDCAT-AP class), or ask the operator to add a schema for it.`,
        details: { validation, notValidated: true },
        invalidParams: (validation.unvalidated ?? [])
          .slice(0, 50)
          .map((item) => ({ name: item.subject, reason: `no shape applies to ${item.types.join(", ") || "an untyped subject"}` })),
      }),
      reason: `not validated: no shape applies to ${subjects.slice(0, 3).join("; ") || "its credential subjects"}`,
    };
  }
  if (validation && !validation.conforms) {
    const violations = validation.results.filter((result) => result.severity === "Violation");
    const shapes = validation.shapesUsed.join(", ") || "its shapes";
    return {
      error: new AppError("VALIDATION_FAILED", {
        message: `The self-description does not conform to ${shapes}.`,
        details: { validation },
        invalidParams: violations
          .slice(0, 50)
          .map((result) => ({ name: [result.focusNode, result.path].filter(Boolean).join(" ") || "(document)", reason: result.message })),
      }),
      reason: `does not conform to ${shapes}: ${violations
        .slice(0, 3)
        .map((result) => result.message)
        .join("; ")}`,
    };
  }
  return null;
}
