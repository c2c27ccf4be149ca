import "server-only";
import type { Clock, DidResolver, DocumentLoader, JsonObject, KeyCheck } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import { verifyComplianceWrapper } from "@/lib/credentials/compliance/verify-compliance-wrapper";
import { createStatusCheck, type LoadStatusList } from "@/lib/credentials/status/create-status-check";
import { submissionCredentials } from "@/lib/catalogue/submission-credentials";
import { validateSubmission } from "@/lib/catalogue/validate-submission";
import type { CheckFunctions } from "./run-checks";

// verify and validate from their dependencies: the check workers build these with hooks that ask the
// main thread (DID documents, key certificates, status lists live in its database).

export interface CheckDependencies {
  documentLoader: DocumentLoader;
  didResolver: DidResolver;
  checkKey: KeyCheck;
  loadStatusList: LoadStatusList;
  /** The system clock unless given (the verdict tables judge validity windows as of a fixed day). */
  clock?: Clock;
}

export function createCheckFunctions(dependencies: CheckDependencies): CheckFunctions {
  const { documentLoader, didResolver, checkKey, loadStatusList, clock } = dependencies;
  // A status list credential is verified like a submission but without status checks of its own:
  // depth 1, so a list naming a list (or itself) cannot loop.
  const verifyStatusList = (document: JsonObject | string) => verifyCredential({ document, didResolver, documentLoader, checkKey, clock });
  return {
    verify: (submission) => {
      // One hook per verification: lists are shared within it and never cached across (revocations).
      const checkStatus = createStatusCheck({ loadStatusList, verifyStatusList });
      if (submission.format === "VC_JWT" || submission.format === "VP_JWT") {
        return verifyJwtCredential({ jwt: submission.text, didResolver, documentLoader, checkKey, checkStatus, clock });
      }
      if (submission.complianceCredential) {
        const { document: selfDescription, complianceCredential } = submission;
        return verifyComplianceWrapper({ selfDescription, complianceCredential, didResolver, documentLoader, checkKey, checkStatus, clock });
      }
      return verifyCredential({ document: submission.document, didResolver, documentLoader, format: submission.format, checkKey, checkStatus, clock });
    },
    validate: (submission, parts) =>
      validateSubmission({ submission, credentials: submissionCredentials(submission), documentLoader, schema: parts?.schema, rules: parts?.rules }),
  };
}
