import type { checkSubmission } from "@/lib/catalogue/check-submission";

// What the upload's check and publish actions (app/publish/actions.ts) answer the upload form.

export interface UploadState {
  error?: string;
  verdict?: Awaited<ReturnType<typeof checkSubmission>>;
  text?: string;
  contentType?: string;
}
