import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "./form-message";
import { JsonLdPreview } from "./json-ld-preview";
import { LiveValidationPanel, type WizardSubject } from "./live-validation-panel";
import { SubmitButton } from "./submit-button";
import type { LintOutcome } from "./use-live-lint";

/**
 * The frame every kind of the publish wizard shares: fields and the sign-and-publish button on the
 * left; live validation, any extra view and the JSON-LD preview on the right.
 */
export function WizardLayout(props: {
  formAction: (data: FormData) => void;
  error?: string;
  children: ReactNode;
  lint: LintOutcome | null;
  /** What the form describes; the live validation names it in the reader's language. */
  what: WizardSubject;
  credential: Record<string, unknown> | null;
  extraView?: ReactNode;
}) {
  const t = useTranslations("publish.wizard");
  return (
    <form action={props.formAction} className="grid gap-6 lg:grid-cols-2">
      <div className="flex flex-col gap-4">
        <FormMessage message={props.error} />
        {props.children}
        <div>
          <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
        </div>
      </div>
      <div className="flex flex-col gap-4">
        <LiveValidationPanel lint={props.lint} what={props.what} />
        {props.extraView}
        <JsonLdPreview credential={props.credential} />
      </div>
    </form>
  );
}
