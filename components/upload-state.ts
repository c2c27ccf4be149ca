import type { inspectSubmission } from "@/lib/catalogue/inspect-submission";

// What the upload's check and publish actions (app/publish/actions.ts) answer the upload form.

export interface UploadState {
  error?: string;
  verdict?: Awaited<ReturnType<typeof inspectSubmission>>;
  text?: string;
  contentType?: string;
}
